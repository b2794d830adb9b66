using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// The URL Twilio signed, rebuilt for a request that reached us (CONTRACT §2.1, §2.5): the configured public
/// base (behind a TLS proxy the app itself sees http://internal:8080) followed by the request target exactly
/// as it arrived, undecoded, query included. PublicBaseUrl is the public address of what the app sees as "/".
/// </summary>
public static class TwilioWebhookUrl
{
    public static string For(HttpRequest request, TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicBase))
        {
            throw new InvalidOperationException("Twilio:PublicBaseUrl is not an absolute URL.");
        }

        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            target = request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        }

        var baseText = publicBase.GetLeftPart(UriPartial.Authority) + publicBase.AbsolutePath.TrimEnd('/');
        return baseText + target;
    }
}
