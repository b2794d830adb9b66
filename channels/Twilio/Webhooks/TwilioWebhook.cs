using Microsoft.AspNetCore.Http;

namespace BuurtBot.Channels.Twilio.Webhooks;

/// <summary>
/// The first thing every Twilio webhook does: read the form (400 when malformed or oversized) and check
/// X-Twilio-Signature against the public URL Twilio called (403 when missing or wrong). Nothing else happens
/// for a request that fails either.
/// </summary>
public static class TwilioWebhook
{
    public static async Task<(TwilioForm? Form, IResult? Rejection)> ReadVerifiedAsync(
        HttpRequest request, TwilioOptions options, CancellationToken cancellationToken)
    {
        var read = await TwilioFormReader.ReadAsync(request, cancellationToken);
        var signature = request.Headers[TwilioSignature.HeaderName].ToString();
        if (read.Form is null)
        {
            // An unsigned request learns nothing about why its body was refused.
            return (null, string.IsNullOrEmpty(signature) ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.BadRequest(read.Error));
        }

        var url = TwilioWebhookUrl.For(request, options);
        // While the auth token is rotated Twilio may sign with either token for a moment.
        var valid = TwilioSignature.IsValid(options.AuthToken!, signature, url, read.Form)
            || (!string.IsNullOrEmpty(options.SecondaryAuthToken) && TwilioSignature.IsValid(options.SecondaryAuthToken, signature, url, read.Form));
        return valid
            ? (read.Form, null)
            : (null, Results.StatusCode(StatusCodes.Status403Forbidden));
    }

    public static IResult Twiml(string xml) => Results.Content(xml, TwimlResponse.ContentType);

    public static IResult EmptyTwiml() => Twiml(new TwimlResponse().ToString());
}
