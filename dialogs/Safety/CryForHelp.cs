using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// A cry for help made of little more than the word: "help help", "HELP!!!", "help me", "hulp aub snel", "sos".
/// "help", "Help!" and "hulp nodig met boodschappen" are not: the first two ask for the menu, the last is a request.
/// </summary>
internal static partial class CryForHelp
{
    private static readonly FrozenSet<string> HelpWords = FrozenSet.ToFrozenSet(["help", "hulp", "sos", "helpu", "helpme"], StringComparer.Ordinal);

    /// <summary>Words that make a bare "help" urgent.</summary>
    private static readonly FrozenSet<string> Urgent = FrozenSet.ToFrozenSet(
        ["me", "mij", "snel", "nu", "dringend", "alstublieft", "alsjeblieft", "please", "pls", "plz", "god", "nood", "meteen", "direct", "gauw", "kom",
            "man", "vrouw", "moeder", "vader", "mama", "papa", "oma", "opa", "buurvrouw", "buurman", "zoon", "dochter"],
        StringComparer.Ordinal);

    /// <summary>Other words that may stand around it without making it a request.</summary>
    private static readonly FrozenSet<string> Around = FrozenSet.ToFrozenSet(
        ["ik", "heb", "nodig", "o", "oh", "toch", "heel", "erg", "iemand", "wie", "kan", "mijn", "hallo", "hoi", "ja", "is", "daar", "er", "hier", "zo"],
        StringComparer.Ordinal);

    public static bool IsIn(string text)
    {
        var words = PlainText.Words(text.AsSpan(), DistressLexicon.Words, 300).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12)
        {
            return false;
        }

        var helps = words.Count(HelpWords.Contains);
        if (helps == 0 || !words.All(w => HelpWords.Contains(w) || Urgent.Contains(w) || Around.Contains(w)))
        {
            return false;
        }

        var exclamations = text.Take(300).Count(c => c == '!');
        var shouted = text.Contains("HELP", StringComparison.Ordinal) || text.Contains("HULP", StringComparison.Ordinal);
        return helps >= 2 || words.Contains("sos") || words.Any(Urgent.Contains) || exclamations >= 2 || (shouted && exclamations >= 1)
            || Drawn().IsMatch(text.Length > 300 ? text[..300] : text);
    }

    /// <summary>A drawn-out cry: "heeeelp", "helppp", "huuuulp".</summary>
    [GeneratedRegex(@"\bh+(?:e{3,}l+p+|e+l+p{3,}|u{3,}l+p+|u+l+p{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Drawn();
}
