using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Matching;

/// <summary>
/// A message meant for the other side of a match: "zeg tegen Anna dat ik om 6 uur kom", "vertel Piet dat het later
/// wordt", "laat Anna weten dat ik er om 6 uur ben", "bericht voor Kees: de deur is open". The message is passed on
/// as written, so nothing is lost in a rewrite.
/// </summary>
public static partial class RelayRecognizer
{
    private const int MaxLength = 1000;

    /// <summary>Words that stand where a name would, but are not one ("zeg tegen mijn dochter", "vertel iedereen").</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "mijn", "m'n", "mn", "de", "het", "een", "haar", "hem", "hun", "ze", "zij", "hij", "iedereen", "niemand", "iemand", "u", "je", "jou", "jullie",
        "me", "mij", "ons", "die", "dat", "deze", "dit", "wat", "hoe", "maar", "even", "buurman", "buurvrouw",
    };

    public static RelayRequest? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var trimmed = text.Trim();
        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        if (NotNames.Contains(name) || match.Groups["message"].Value.Trim().Length < 2)
        {
            return null;
        }

        return new RelayRequest(char.ToUpperInvariant(name[0]) + name[1..], trimmed);
    }

    [GeneratedRegex(
        @"^(?:(?:hallo|hoi|goedemorgen|goedemiddag|goedenavond)[\s,!.]+)?(?:wilt\s+u\s+|kunt\s+u\s+|wil\s+je\s+|kun\s+je\s+)?(?:alstublieft\s+|aub\s+)?" +
        @"(?:(?:zeg|zegt|vertel|vertelt|meld|meldt)\s+(?:(?:even|maar|alstublieft|aub)\s+)?(?:tegen\s+|aan\s+)?(?<name>\p{L}[\p{L}'-]+)\s*[,:]?\s*(?:dat\s+)?" +
        @"|(?:tegen|aan)\s+(?<name>\p{L}[\p{L}'-]+)\s+(?:(?:even|maar)\s+)?(?:zeggen|vertellen|doorgeven|melden)\s*[,:]?\s*(?:dat\s+)?" +
        @"|laat\s+(?<name>\p{L}[\p{L}'-]+)\s+(?:(?:even|maar)\s+)?weten\s*[,:]?\s*(?:dat\s+)?" +
        @"|(?:een\s+)?bericht\s+(?:voor|aan)\s+(?<name>\p{L}[\p{L}'-]+)\s*[,:]?\s*)" +
        @"(?<message>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Pattern();
}
