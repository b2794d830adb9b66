using System.Collections.Concurrent;
using BuurtBot.Channels.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// A hand-written Twilio on loopback Kestrel for what Prism cannot do (CONTRACT §12): 429, 5xx, Twilio's
/// error JSON, slow answers, dropped connections. Answers with the scripted responses in order (the last
/// one repeats) and records every request.
/// </summary>
internal sealed class TwilioStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private Func<HttpContext, Task>? _last;

    private TwilioStub(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Completes when the first request has arrived.</summary>
    public TaskCompletionSource FirstRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TwilioStub> StartAsync(params Func<HttpContext, Task>[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new TwilioStub(app);
        foreach (var step in script)
        {
            stub._script.Enqueue(step);
        }

        app.Run(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseUrl = new Uri(address);
        return stub;
    }

    public static Func<HttpContext, Task> Json(int status, string json) => async http =>
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(json);
    };

    public static Func<HttpContext, Task> Error(int status, int code, string message) => Json(status,
        $$"""{"code":{{code}},"message":"{{message}}","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{status}}}""");

    /// <summary>Never answers; ends when the client gives up.</summary>
    public static Func<HttpContext, Task> Hang => http => Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    /// <summary>Drops the connection after reading the request.</summary>
    public static Func<HttpContext, Task> Drop => http =>
    {
        http.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Accepts every message or call with a new SID, as Twilio does when all is well.</summary>
    public static Func<HttpContext, Task> Accept => http =>
        Json(201, Created((http.Request.Path.Value?.EndsWith("/Calls.json", StringComparison.Ordinal) == true ? "CA" : "SM") + Guid.NewGuid().ToString("N")))(http);

    public static string Created(string sid, string status = "queued", string numSegments = "1") => $$"""
        {"account_sid":"AC5ef8732a3c49700934481addd5ce1659","api_version":"2010-04-01","body":"Hoi","date_created":"Mon, 23 Nov 2026 09:00:01 +0000",
         "date_sent":null,"date_updated":"Mon, 23 Nov 2026 09:00:01 +0000","direction":"outbound-api","error_code":null,"error_message":null,
         "from":"+3197010586014","messaging_service_sid":null,"num_media":"0","num_segments":"{{numSegments}}","price":null,"price_unit":"USD",
         "sid":"{{sid}}","status":"{{status}}","subresource_uris":{"media":"/2010-04-01/Accounts/AC5ef8732a3c49700934481addd5ce1659/Messages/{{sid}}/Media.json"},
         "to":"+31612345678","uri":"/2010-04-01/Accounts/AC5ef8732a3c49700934481addd5ce1659/Messages/{{sid}}.json","something_new":{"nested":[1,2]} }
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        http.Request.EnableBuffering(); // a scripted step may read the form again
        var form = await TwilioFormReader.ReadAsync(http.Request, http.RequestAborted);
        http.Request.Body.Position = 0;
        Requests.Enqueue(new RecordedRequest(
            http.Request.Method,
            http.Request.Path + http.Request.QueryString,
            http.Request.Headers.Authorization.ToString(),
            http.Request.ContentType ?? "",
            http.Request.Headers.Accept.ToString(),
            form.Form));
        FirstRequest.TrySetResult();
        var step = _script.TryDequeue(out var next) ? _last = next : _last ?? Json(500, "{}");
        await step(http);
    }

    public sealed record RecordedRequest(string Method, string PathAndQuery, string Authorization, string ContentType, string Accept, TwilioForm? Form);
}
