using System.Net;
using System.Net.Sockets;
using BuurtBot.Channels.Twilio;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// How the client classifies what Twilio can answer but Prism cannot produce (CONTRACT §11-12): 429, 5xx,
/// Twilio's error JSON, timeouts, dropped and refused connections; against a hand-written loopback stub.
/// </summary>
public sealed class TwilioRestClientFailureTests
{
    private static readonly TwilioMessage Sms = new("+31612345678", "+3197010586014", "Hoi buurvrouw! Ideeën voor morgen? 🍲 1+1=2 & 50%");

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
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(
            Sms with { Body = null, ContentSid = "HX0123456789abcdef0123456789abcdef", ContentVariables = "Jan, dinsdag" }, default));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync(
            Sms with { Body = null, ContentSid = "HX0123456789abcdef0123456789abcdef", ContentVariables = "[\"Jan\"]" }, default));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
