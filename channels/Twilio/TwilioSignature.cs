using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// X-Twilio-Signature (CONTRACT.md §2): HMAC-SHA1, keyed with the auth token, over the URL Twilio requested
/// followed by every form field as name+value, names sorted ordinally; Base64. Repeated names are handled
/// like the official Node library: distinct values, sorted, each appended as name+value.
/// </summary>
public static partial class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The signature Twilio sends for a form POST to <paramref name="url"/> with these fields.</summary>
    [SuppressMessage("Security", "CA5350", Justification = "Twilio defines the webhook signature as HMAC-SHA1.")]
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        var data = new StringBuilder(url);
        foreach (var group in fields.GroupBy(f => f.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var values = group.Select(f => f.Value).ToList();
            if (values.Count > 1)
            {
                values = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            }

            foreach (var value in values)
            {
                data.Append(group.Key).Append(value);
            }
        }

        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is Twilio's for this form POST. <paramref name="url"/> is the full
    /// public URL with the query string exactly as received; it is tried with and without its port (with the
    /// default port added when it has none), as both official SDKs do. No other normalisation.
    /// </summary>
    public static bool IsValid(string authToken, string? signature, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var list = fields as IReadOnlyCollection<KeyValuePair<string, string>> ?? fields.ToList();
        var valid = false;
        foreach (var candidate in CandidateUrls(url))
        {
            valid |= FixedTimeEquals(signature, Compute(authToken, candidate, list));
        }

        return valid;
    }

    /// <summary>
    /// JSON-body webhooks: the URL carries bodySHA256 (hex SHA-256 of the raw body); the signature covers
    /// the URL and no fields; the body must hash to bodySHA256.
    /// </summary>
    public static bool IsValidJson(string authToken, string? signature, string url, ReadOnlySpan<byte> rawBody)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0 || !QueryHelpers.ParseQuery(url[query..]).TryGetValue("bodySHA256", out var expected) || expected.Count != 1)
        {
            return false;
        }

        var signatureOk = IsValid(authToken, signature, url, []);
        var bodyOk = FixedTimeEquals(expected.ToString(), BodyHash(rawBody));
        return signatureOk & bodyOk;
    }

    /// <summary>Lower-case hex SHA-256 of the raw body, as in the bodySHA256 query parameter.</summary>
    public static string BodyHash(ReadOnlySpan<byte> rawBody) => Convert.ToHexStringLower(SHA256.HashData(rawBody));

    /// <summary>The URL without its port, and with its port (the scheme's default when it has none).</summary>
    internal static IEnumerable<string> CandidateUrls(string url)
    {
        var match = Authority().Match(url);
        if (!match.Success)
        {
            yield return url;
            yield break;
        }

        var scheme = match.Groups["scheme"].Value;
        var authority = match.Groups["authority"].Value;
        var rest = url[match.Length..];
        var userInfoEnd = authority.LastIndexOf('@');
        var userInfo = authority[..(userInfoEnd + 1)];
        var hostAndPort = authority[(userInfoEnd + 1)..];
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        var host = portStart < 0 ? hostAndPort : hostAndPort[..portStart];
        var port = portStart < 0
            ? (scheme.Equals("https://", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80")
            : hostAndPort[portStart..];
        yield return scheme + userInfo + host + rest;
        yield return scheme + userInfo + host + port + rest;
    }

    private static bool FixedTimeEquals(string received, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));

    [GeneratedRegex("^(?<scheme>[a-z][a-z0-9+.-]*://)(?<authority>[^/?#]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Authority();
}
