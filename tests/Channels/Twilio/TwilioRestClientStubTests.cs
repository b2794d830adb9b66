using System.Net;
using System.Net.Sockets;
using System.Text;
using BuurtBot.Channels.Twilio;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// What the client sends on the wire and how it classifies what Twilio can answer but Prism cannot produce
/// (CONTRACT §11-12), against a hand-written loopback stub.
/// </summary>
public sealed class TwilioRestClientStubTests
{
    private const string MessagesPath = "/2010-04-01/Accounts/" + TwilioTestOptions.AccountSid + "/Messages.json";
    private static readonly TwilioMessage Sms = new("+31612345678", "+3197010586014", "Hoi buurvrouw! Ideeën voor morgen? 🍲 1+1=2 & 50%");

    [Fact]
    public async Task A_message_is_a_form_POST_with_basic_auth_and_the_configured_callback_and_validity()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));
        var options = TwilioTestOptions.Create(stub.BaseUrl);
        options.ValidityPeriodSeconds = 900;

        var result = await TwilioTestOptions.Client(options).SendMessageAsync(Sms, default);

        Assert.IsType<TwilioSendResult.Accepted>(result);
        var request = Assert.Single(stub.Requests);
        Assert.Equal(("POST", MessagesPath), (request.Method, request.PathAndQuery));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TwilioTestOptions.AccountSid}:{TwilioTestOptions.AuthToken}")), request.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
        Assert.Equal(
            [("To", "+31612345678"), ("From", "+3197010586014"), ("Body", Sms.Body!),
             ("StatusCallback", "https://bot.example.nl/twilio/status/message"), ("ValidityPeriod", "900")],
            request.Form!.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public async Task A_template_sends_ContentSid_and_ContentVariables_and_no_Body()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));
        var message = new TwilioMessage("whatsapp:+31612345678", "whatsapp:+3197010586014",
            ContentSid: "HX0123456789abcdef0123456789abcdef", ContentVariables: """{"1":"Riet"}""",
            StatusCallback: new Uri("https://bot.example.nl/twilio/status/message?outbox=42"), ValidityPeriodSeconds: 60);

        await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(message, default);

        var form = Assert.Single(stub.Requests).Form!;
        Assert.Null(form["Body"]);
        Assert.Equal(
            ("HX0123456789abcdef0123456789abcdef", """{"1":"Riet"}""", "https://bot.example.nl/twilio/status/message?outbox=42", "60"),
            (form["ContentSid"], form["ContentVariables"], form["StatusCallback"], form["ValidityPeriod"]));
    }

    [Fact]
    public async Task A_call_repeats_StatusCallbackEvent_per_event_as_Twilio_wants()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("CA0123456789abcdef0123456789abcdef", "queued")));
        var call = new TwilioCall("+31612345678", "+31851234567", "<Response><Say language=\"nl-NL\">Hallo</Say></Response>",
            StatusCallbackEvents: ["initiated", "ringing", "answered", "completed"], TimeoutSeconds: 25);

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).CreateCallAsync(call, default);

        Assert.Equal("CA0123456789abcdef0123456789abcdef", Assert.IsType<TwilioSendResult.Accepted>(result).Sid);
        var request = Assert.Single(stub.Requests);
        Assert.EndsWith("/Calls.json", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(["initiated", "ringing", "answered", "completed"], request.Form!.GetAll("StatusCallbackEvent"));
        Assert.Equal(
            (call.Twiml, "https://bot.example.nl/twilio/status/call", "POST", "25"),
            (request.Form["Twiml"], request.Form["StatusCallback"], request.Form["StatusCallbackMethod"], request.Form["Timeout"]));
    }

    [Fact]
    public async Task A_created_message_is_read_leniently()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef", "accepted", "3")));

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        Assert.Equal(
            new TwilioSendResult.Accepted("SM0123456789abcdef0123456789abcdef", "accepted", 3, new DateTimeOffset(2026, 11, 23, 9, 0, 1, TimeSpan.Zero)),
            result);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_and_then_succeeds()
    {
        await using var stub = await TwilioStub.StartAsync(
            TwilioStub.Error(429, 20429, "Too Many Requests"), TwilioStub.Error(429, 20429, "Too Many Requests"),
            TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        Assert.IsType<TwilioSendResult.Accepted>(result);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task Too_many_requests_that_persist_is_retryable_and_certainly_not_processed()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Error(429, 20429, "Too Many Requests"));
        var options = TwilioTestOptions.Create(stub.BaseUrl);
        options.MaxRetries = 2;

        var result = await TwilioTestOptions.Client(options).SendMessageAsync(Sms, default);

        Assert.Equal(new TwilioSendResult.Retryable(TwilioRetryReason.TooManyRequests, false, 429, 20429, "Too Many Requests"), result);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Theory]
    [InlineData(500, "{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}", 20500)]
    [InlineData(503, "<html>Service Unavailable</html>", null)]
    public async Task A_server_error_is_retryable_but_may_have_been_processed_so_it_is_not_resent_here(int status, string body, int? code)
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(status, body));

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        var retryable = Assert.IsType<TwilioSendResult.Retryable>(result);
        Assert.Equal((TwilioRetryReason.ServerError, true, (int?)status, code), (retryable.Reason, retryable.MayHaveBeenProcessed, retryable.HttpStatus, retryable.ErrorCode));
        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData(400, 21211, "The 'To' number +3161234 is not a valid phone number.", false, true, false)]
    [InlineData(400, 21610, "Attempt to send to unsubscribed recipient", true, false, false)]
    [InlineData(400, 21614, "'To' number is not a valid mobile number", false, true, false)]
    [InlineData(400, 21408, "Permission to send an SMS has not been enabled for the region indicated by the 'To' number", false, false, false)]
    [InlineData(401, 20003, "Authenticate", false, false, true)]
    [InlineData(404, 20404, "The requested resource was not found", false, false, false)]
    public async Task Twilio_errors_are_permanent_with_code_and_message(int status, int code, string message, bool optedOut, bool unreachable, bool auth)
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Error(status, code, message));

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        var permanent = Assert.IsType<TwilioSendResult.Permanent>(result);
        Assert.Equal(((int?)status, (int?)code, message, $"https://www.twilio.com/docs/errors/{code}"),
            (permanent.HttpStatus, permanent.ErrorCode, permanent.Message, permanent.MoreInfo));
        Assert.Equal((optedOut, unreachable, auth), (permanent.IsOptedOut, permanent.IsUnreachableNumber, permanent.IsAuthenticationFailure));
        Assert.Single(stub.Requests);
    }

    /// <summary>The timeout runs on the injected clock too: the stub hangs until the clock passes RequestTimeout.</summary>
    [Fact]
    public async Task No_answer_in_time_is_retryable_and_may_have_been_processed()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Hang);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var options = TwilioTestOptions.Create(stub.BaseUrl);
        options.RequestTimeout = TimeSpan.FromSeconds(15);

        var sending = TwilioTestOptions.Client(options, time).SendMessageAsync(Sms, default);
        await stub.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(14));
        Assert.False(sending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        var retryable = Assert.IsType<TwilioSendResult.Retryable>(result);
        Assert.Equal((TwilioRetryReason.Timeout, true), (retryable.Reason, retryable.MayHaveBeenProcessed));
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task A_connection_dropped_after_sending_may_have_been_processed()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Drop);

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        var retryable = Assert.IsType<TwilioSendResult.Retryable>(result);
        Assert.Equal((TwilioRetryReason.NetworkError, true), (retryable.Reason, retryable.MayHaveBeenProcessed));
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task A_refused_connection_certainly_was_not_processed()
    {
        var options = TwilioTestOptions.Create(new Uri($"http://127.0.0.1:{ClosedPort()}"));

        var result = await TwilioTestOptions.Client(options).SendMessageAsync(Sms, default);

        var retryable = Assert.IsType<TwilioSendResult.Retryable>(result);
        Assert.Equal((TwilioRetryReason.ConnectionFailed, false), (retryable.Reason, retryable.MayHaveBeenProcessed));
    }

    [Theory]
    [InlineData("{\"status\":\"queued\"}")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task A_success_without_a_sid_is_retryable_and_probably_processed(string body)
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, body));

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        var retryable = Assert.IsType<TwilioSendResult.Retryable>(result);
        Assert.Equal((TwilioRetryReason.UnreadableResponse, true), (retryable.Reason, retryable.MayHaveBeenProcessed));
    }

    [Fact]
    public async Task The_callers_cancellation_is_thrown_not_reported_as_a_timeout()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Hang);
        using var cancel = new CancellationTokenSource();

        var sending = TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, cancel.Token);
        await stub.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    /// <summary>After a 429 the client waits a jittered backoff on the injected clock, and resends only when it has passed.</summary>
    [Fact]
    public async Task Backoff_waits_on_the_injected_TimeProvider()
    {
        await using var stub = await TwilioStub.StartAsync(
            TwilioStub.Error(429, 20429, "Too Many Requests"), TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));
        var time = new BackoffWatchingTimeProvider(TimeSpan.FromMinutes(1));
        var options = TwilioTestOptions.Create(stub.BaseUrl);
        options.RetryBaseDelay = options.RetryMaxDelay = TimeSpan.FromMinutes(1);
        options.RequestTimeout = TimeSpan.FromMinutes(10);

        var sending = TwilioTestOptions.Client(options, time).SendMessageAsync(Sms, default);
        var delay = await time.BackoffStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Single(stub.Requests);
        Assert.False(sending.IsCompleted);
        time.Advance(delay);
        Assert.IsType<TwilioSendResult.Accepted>(await sending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public void Backoff_is_full_jitter_capped_and_doubling()
    {
        var random = new Random(7);
        var baseDelay = TimeSpan.FromMilliseconds(100);
        var max = TimeSpan.FromSeconds(3);

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var cap = Math.Min(3000, 100 * Math.Pow(2, attempt));
            var delays = Enumerable.Range(0, 200).Select(_ => TwilioBackoff.Delay(attempt, baseDelay, max, random).TotalMilliseconds).ToList();
            Assert.All(delays, d => Assert.InRange(d, 0, cap));
            Assert.True(delays.Max() > cap * 0.8 && delays.Min() < cap * 0.2, $"attempt {attempt}: spread {delays.Min()}..{delays.Max()} of {cap}");
        }
    }

    /// <summary>A fake clock that reports the first timer shorter than <c>below</c>: the client's backoff delay.</summary>
    private sealed class BackoffWatchingTimeProvider(TimeSpan below) : FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))
    {
        public TaskCompletionSource<TimeSpan> BackoffStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime <= below)
            {
                BackoffStarted.TrySetResult(dueTime);
            }

            return timer;
        }
    }

    [Fact]
    public async Task Content_Twilio_would_refuse_is_refused_before_sending()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));
        var client = TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl));

        var longBody = await client.SendMessageAsync(Sms with { Body = new string('a', 1601) }, default);
        var longTwiml = await client.CreateCallAsync(new TwilioCall("+31612345678", "+31851234567", new string('a', 4001)), default);

        Assert.Equal(21617, Assert.IsType<TwilioSendResult.Permanent>(longBody).ErrorCode);
        Assert.Equal(32018, Assert.IsType<TwilioSendResult.Permanent>(longTwiml).ErrorCode);
        Assert.Null(((TwilioSendResult.Permanent)longBody).HttpStatus);
        Assert.Empty(stub.Requests);
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(Sms with { ContentSid = "HX0123456789abcdef0123456789abcdef" }, default));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(Sms with { Body = null }, default));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
