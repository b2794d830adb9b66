using System.Globalization;

namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio's REST dates: RFC 2822, "Thu, 24 Aug 2023 05:01:45 +0000".</summary>
internal static class TwilioDates
{
    private static readonly string[] Formats = ["ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz"];

    public static DateTimeOffset? ParseRfc2822(string? value)
    {
        if (value is null || value.Length < 6)
        {
            return null;
        }

        // "+0000" -> "+00:00", which the zzz specifier wants.
        var text = value.Trim();
        if (text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            text = text[..^2] + ":" + text[^2..];
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
