using System.Net;
using BuurtBot.Channels.Twilio;
using BuurtBot.Data;
using BuurtBot.Outbox;
using BuurtBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>
/// The real bot on loopback Kestrel with Twilio configured, a local stand-in for Twilio's API that records what
/// the bot sends, and webhook requests signed the way Twilio signs them (for https://bot.example.nl).
/// </summary>
internal sealed class TwilioBot : IAsyncDisposable
{
    public const string PublicBase = "https://bot.example.nl";
    private readonly TempDatabase _database;
    private readonly HttpClient _http;
    private int _sids;

    private TwilioBot(TwilioStub api, BotServer server, TempDatabase database)
    {
        _database = database;
        Api = api;
        Server = server;
        _http = server.CreateClient();
    }

    public TwilioStub Api { get; }

    public BotServer Server { get; }

    public static Task<TwilioBot> StartAsync(params Func<HttpContext, Task>[] apiScript) => StartAsync(null, apiScript);

    /// <summary>With <paramref name="realApi"/> the bot talks to that API (the Prism mock) instead of the local stand-in.</summary>
    public static Task<TwilioBot> StartAsync(Uri? realApi, params Func<HttpContext, Task>[] apiScript) => StartAsync(realApi, null, apiScript);

    /// <summary>With <paramref name="extraSettings"/> on top of the usual Twilio settings (a secondary token while rotating, outbox retry pauses).</summary>
    public static async Task<TwilioBot> StartAsync(Uri? realApi, IReadOnlyDictionary<string, string?>? extraSettings, params Func<HttpContext, Task>[] apiScript)
    {
        var api = await TwilioStub.StartAsync(apiScript.Length == 0 ? [TwilioStub.Accept] : apiScript);
        var database = new TempDatabase();
        var settings = TwilioTestOptions.Settings(realApi ?? api.BaseUrl);
        settings["Outbox:PollInterval"] = "00:00:00.100";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var server = new BotServer(database.ConnectionString, kestrel: true, settings: settings);
        return new TwilioBot(api, server, database);
    }

    public string NewMessageSid() => "SM" + Interlocked.Increment(ref _sids).ToString("x32");

    /// <summary>An SMS or WhatsApp message from <paramref name="from"/> (whatsapp:+31... for WhatsApp), signed.</summary>
    public Task<HttpResponseMessage> MessageAsync(string from, string body, string? messageSid = null) =>
        PostAsync("/api/twilio/messages", [
            new("MessageSid", messageSid ?? NewMessageSid()), new("SmsSid", messageSid ?? ""), new("AccountSid", TwilioTestOptions.AccountSid),
            new("From", from), new("To", from.StartsWith("whatsapp:", StringComparison.Ordinal) ? "whatsapp:+3197010586014" : "+3197010586014"),
            new("Body", body), new("NumMedia", "0"), new("NumSegments", "1"), new("SmsStatus", "received"), new("ApiVersion", "2010-04-01")]);

    public Task<HttpResponseMessage> PostAsync(string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> fields, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioSignature.Compute(TwilioTestOptions.AuthToken, PublicBase + pathAndQuery, fields));
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostUnsignedAsync(string pathAndQuery, HttpContent content) => _http.PostAsync(pathAndQuery, content);

    /// <summary>The messages and calls the bot sent to Twilio so far.</summary>
    public IReadOnlyList<TwilioStub.RecordedRequest> Sent => [.. Api.Requests];

    /// <summary>Waits until the bot has sent <paramref name="count"/> messages or calls to Twilio (the outbox works in the background).</summary>
    public async Task<IReadOnlyList<TwilioStub.RecordedRequest>> WaitForSentAsync(int count, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Api.Requests.Count < count && waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(15)))
        {
            await Task.Delay(25);
        }

        Assert.True(Api.Requests.Count >= count, $"expected {count} requests to Twilio, got {Api.Requests.Count}");
        return Sent;
    }

    /// <summary>Waits until no outbox message is due or being sent (a retry scheduled for later does not count).</summary>
    public async Task WaitForOutboxAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await Server.QueryAsync(db => db.OutboxMessages.AnyAsync(m =>
                   (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= Server.Time.GetUtcNow()) || m.Status == OutboxStatus.Sending))
            && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(25);
        }
    }

    public Task<T> QueryAsync<T>(Func<BuurtBotDbContext, Task<T>> query) => Server.QueryAsync(query);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
        await Api.DisposeAsync();
        _database.Dispose();
    }

    public static void AssertTwiml(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}
