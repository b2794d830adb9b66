using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>
/// Stands in for api.twilio.com on loopback and remembers every message it was asked to send: who sent it
/// (the From number tells the bot instance), to whom, what, and the sid it answered. Each request gets a new
/// sid, so a message sent twice shows up as two sids.
/// </summary>
public sealed class TwilioApiRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SentMessage> _sent = new();
    private int _next;

    private TwilioApiRecorder(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<SentMessage> Sent => [.. _sent];

    public static async Task<TwilioApiRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var recorder = new TwilioApiRecorder(app);
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var sid = $"SM{Interlocked.Increment(ref recorder._next):x32}";
            recorder._sent.Enqueue(new SentMessage(sid, form["From"].ToString(), form["To"].ToString(), form["Body"].ToString()));
            return Results.Json(new { sid, status = "queued", num_segments = "1", date_created = "Mon, 23 Nov 2026 09:00:00 +0000" }, statusCode: 201);
        });
        await app.StartAsync();
        recorder.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record SentMessage(string Sid, string From, string To, string Body);
}
