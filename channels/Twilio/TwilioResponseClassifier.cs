using System.Net;
using System.Text.Json;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// Twilio's answer to a create, as a <see cref="TwilioSendResult"/>: 2xx with a sid accepted; 429 retryable and
/// never processed; 5xx retryable and perhaps processed; other 4xx permanent with Twilio's code and message.
/// </summary>
internal static class TwilioResponseClassifier
{
    public static TwilioSendResult Classify(HttpStatusCode statusCode, string body)
    {
        var status = (int)statusCode;
        if (status is >= 200 and < 300)
        {
            var resource = TryRead<TwilioResourceJson>(body);
            return resource is { Sid.Length: > 0 }
                ? new TwilioSendResult.Accepted(resource.Sid, resource.Status ?? "", resource.NumSegments, TwilioDates.ParseRfc2822(resource.DateCreated))
                : new TwilioSendResult.Retryable(TwilioRetryReason.UnreadableResponse, true, status, null, "The answer has no sid.");
        }

        var error = TryRead<TwilioErrorJson>(body);
        var message = error?.Message ?? error?.Detail ?? error?.Title ?? $"HTTP {status}";
        return status switch
        {
            429 => new TwilioSendResult.Retryable(TwilioRetryReason.TooManyRequests, false, status, error?.Code, message),
            >= 500 => new TwilioSendResult.Retryable(TwilioRetryReason.ServerError, true, status, error?.Code, message),
            _ => new TwilioSendResult.Permanent(status, error?.Code, message, error?.MoreInfo),
        };
    }

    private static T? TryRead<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, TwilioResourceJson.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
