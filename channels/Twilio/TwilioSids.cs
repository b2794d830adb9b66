using System.Text.RegularExpressions;

namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio resource SIDs: two capital letters (SM, MM, CA, ...) and 32 hex digits.</summary>
internal static partial class TwilioSids
{
    public static bool IsValid(string? sid, string? prefix = null) =>
        sid is not null && Pattern().IsMatch(sid) && (prefix is null || sid.StartsWith(prefix, StringComparison.Ordinal));

    [GeneratedRegex(@"^[A-Z]{2}[0-9a-fA-F]{32}\z")]
    private static partial Regex Pattern();
}
