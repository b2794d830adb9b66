using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// Twilio's REST API by hand: form-urlencoded POSTs with Basic auth (AccountSid:AuthToken), answers read
/// leniently and classified into <see cref="TwilioSendResult"/>. Requests Twilio certainly did not process
/// (429, connection refused) are retried here with jittered backoff; everything else is the caller's call.
/// </summary>
public sealed class TwilioRestClient(HttpClient http, IOptions<TwilioOptions> options, TimeProvider time, ILogger<TwilioRestClient> logger)
{
    private const string ApiVersion = "2010-04-01";
    private readonly TwilioOptions _options = options.Value;

    /// <summary>POST /2010-04-01/Accounts/{AccountSid}/Messages.json.</summary>
    public Task<TwilioSendResult> SendMessageAsync(TwilioMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if ((message.Body is null) == (message.ContentSid is null))
        {
            throw new ArgumentException("Give either Body or ContentSid (a template), not both or neither.", nameof(message));
        }

        if (message.Body is { Length: > TwilioMessage.MaxBodyLength })
        {
            return Task.FromResult<TwilioSendResult>(new TwilioSendResult.Permanent(
                null, 21617, $"Body is longer than {TwilioMessage.MaxBodyLength} characters (checked before sending).", null));
        }

        var fields = new List<KeyValuePair<string, string>> { new("To", message.To), new("From", message.From) };
        if (message.Body is not null)
        {
            fields.Add(new("Body", message.Body));
        }
        else
        {
            fields.Add(new("ContentSid", message.ContentSid!));
            if (message.ContentVariables is not null)
            {
                EnsureJsonObject(message.ContentVariables);
                fields.Add(new("ContentVariables", message.ContentVariables));
            }
        }

        if ((message.StatusCallback ?? DefaultCallback(_options.MessageStatusCallbackPath)) is { } callback)
        {
            fields.Add(new("StatusCallback", callback.AbsoluteUri));
        }

        if ((message.ValidityPeriodSeconds ?? _options.ValidityPeriodSeconds) is { } validity)
        {
            fields.Add(new("ValidityPeriod", validity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return PostAsync("Messages.json", fields, cancellationToken);
    }

    /// <summary>POST /2010-04-01/Accounts/{AccountSid}/Calls.json with inline TwiML.</summary>
    public Task<TwilioSendResult> CreateCallAsync(TwilioCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Twiml.Length > TwilioCall.MaxTwimlLength)
        {
            return Task.FromResult<TwilioSendResult>(new TwilioSendResult.Permanent(
                null, 32018, $"Inline TwiML is longer than {TwilioCall.MaxTwimlLength} characters (checked before sending).", null));
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("To", call.To),
            new("From", call.From),
            new("Twiml", call.Twiml),
        };
        if ((call.StatusCallback ?? DefaultCallback(_options.CallStatusCallbackPath)) is { } callback)
        {
            fields.Add(new("StatusCallback", callback.AbsoluteUri));
            fields.Add(new("StatusCallbackMethod", "POST"));
        }

        // Twilio wants a repeated key per event (StatusCallbackEvent=initiated&StatusCallbackEvent=completed).
        foreach (var statusEvent in call.StatusCallbackEvents ?? [])
        {
            fields.Add(new("StatusCallbackEvent", statusEvent));
        }

        if (call.TimeoutSeconds is { } timeout)
        {
            fields.Add(new("Timeout", timeout.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return PostAsync("Calls.json", fields, cancellationToken);
    }

    /// <summary>
    /// GET /2010-04-01/Accounts/{AccountSid}/Messages.json?To=...&amp;DateSent&gt;=...: the newest messages we sent to
    /// <paramref name="to"/> since that day (one page of 50), to find out whether a send whose answer was lost went
    /// out. Null when Twilio could not be asked (the caller then cannot tell).
    /// </summary>
    public async Task<IReadOnlyList<TwilioSentMessage>?> ListMessagesAsync(string to, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(_options.AccountSid) || string.IsNullOrEmpty(_options.AuthToken))
        {
            throw new InvalidOperationException("Twilio is not configured (Twilio:AccountSid and Twilio:AuthToken).");
        }

        var day = since.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = new Uri(new Uri(_options.ApiBaseUrl),
            $"/{ApiVersion}/Accounts/{Uri.EscapeDataString(_options.AccountSid)}/Messages.json?To={Uri.EscapeDataString(to)}&DateSent%3E={day}&PageSize=50");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.AccountSid}:{_options.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var page = await response.Content.ReadFromJsonAsync<TwilioMessageListJson>(TwilioResourceJson.Json, linked.Token);
            return [.. (page?.Messages ?? [])
                .Where(m => m.Sid is not null && m.To is not null)
                .Select(m => new TwilioSentMessage(m.Sid!, m.To!, m.From, m.Body, TwilioDates.ParseRfc2822(m.DateCreated)))];
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    private static void EnsureJsonObject(string contentVariables)
    {
        try
        {
            using var document = JsonDocument.Parse(contentVariables);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return;
            }
        }
        catch (JsonException)
        {
            // reported below
        }

        throw new ArgumentException("ContentVariables must be a JSON object, e.g. {\"1\":\"Jan\"}.", nameof(contentVariables));
    }

    private Uri? DefaultCallback(string path) =>
        string.IsNullOrWhiteSpace(_options.PublicBaseUrl) ? null : _options.PublicUrl(path);

    private async Task<TwilioSendResult> PostAsync(string resource, List<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(_options.AccountSid) || string.IsNullOrEmpty(_options.AuthToken))
        {
            throw new InvalidOperationException("Twilio is not configured (Twilio:AccountSid and Twilio:AuthToken).");
        }

        var url = new Uri(new Uri(_options.ApiBaseUrl), $"/{ApiVersion}/Accounts/{Uri.EscapeDataString(_options.AccountSid)}/{resource}");
        for (var attempt = 0; ; attempt++)
        {
            var result = await PostOnceAsync(url, fields, cancellationToken);
            if (result is TwilioSendResult.Retryable { MayHaveBeenProcessed: false } retry && attempt < _options.MaxRetries)
            {
                var delay = TwilioBackoff.Delay(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared);
                TwilioLog.Retrying(logger, resource, retry.Reason, attempt + 1, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            TwilioLog.Result(logger, resource, result);
            return result;
        }
    }

    private async Task<TwilioSendResult> PostOnceAsync(Uri url, List<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.AccountSid}:{_options.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.AcceptCharset.Add(new StringWithQualityHeaderValue("utf-8"));

        using var timeout = new CancellationTokenSource(_options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            return TwilioResponseClassifier.Classify(response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TwilioSendResult.Retryable(TwilioRetryReason.Timeout, true, null, null,
                $"No answer within {_options.RequestTimeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new TwilioSendResult.Retryable(TwilioRetryReason.ConnectionFailed, false, null, null, ex.HttpRequestError.ToString());
        }
        catch (HttpRequestException ex)
        {
            return new TwilioSendResult.Retryable(TwilioRetryReason.NetworkError, true, null, null, ex.HttpRequestError.ToString());
        }
    }
}
