using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Registration;

/// <summary>
/// Finds the name a person wants to be called: from an answer to "Wat is uw voornaam?" ("truus",
/// "Ik ben Truus de Vries", "mevrouw de Boer"), or from any message only where it is stated outright
/// ("groetjes Ria" at the end, "u spreekt met Ria", "ik ben Ria" with a capital).
/// </summary>
public static partial class FirstNameRecognizer
{
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["van", "de", "der", "den", "ter", "te", "het", "'t", "in", "op"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        "ja", "nee", "jawel", "hallo", "hoi", "hey", "dag", "goedemorgen", "goedemiddag", "goedenavond", "ok", "oke", "prima",
        "stop", "help", "hulp", "menu", "maaltijd", "eten", "lenen", "graag", "dank", "bedankt", "ik", "u", "de", "het", "een",
        "wat", "wie", "waarom", "hoe", "niet", "geen", "weet", "sorry", "morgen", "vandaag", "annuleer", "opnieuw", "postcode",
        "mijn", "uw", "is", "ben", "heet", "naam", "voornaam", "zeg", "maar", "mag", "kan", "wil", "hier", "daar",
    ], StringComparer.Ordinal);

    /// <summary>The name in an answer to the name question, or null when the answer is not a name.</summary>
    public static string? FromAnswer(string text)
    {
        var rest = LeadIn().Replace(text.Trim(), "");
        var words = NameWord().Matches(rest).Select(m => m.Value).ToList();
        return words.Count is 0 or > 4 ? null : NameFrom(words);
    }

    /// <summary>A name stated outright somewhere in a message, or null.</summary>
    public static string? FromMessage(string text)
    {
        var match = SignOff().Match(text);
        if (!match.Success)
        {
            match = Introduction().Match(text);
        }

        return match.Success ? NameFrom(NameWord().Matches(match.Groups["name"].Value).Select(m => m.Value).ToList()) : null;
    }

    private static string? NameFrom(IReadOnlyList<string> words)
    {
        var first = words[0].ToLowerInvariant().TrimEnd('.');
        var title = first switch
        {
            "mevrouw" or "mevr" or "mw" => "mevrouw",
            "meneer" or "mijnheer" or "dhr" => "meneer",
            _ => null,
        };

        if (title is null)
        {
            return first.Length is < 2 or > 30 || NotNames.Contains(first) ? null : Capitalize(first);
        }

        // "mevrouw de Boer": the person wants to be addressed by title and surname.
        var surname = words.Skip(1).Select(w => w.ToLowerInvariant()).ToList();
        if (surname.Count == 0 || Particles.Contains(surname[^1]) || surname.Any(w => NotNames.Contains(w) && !Particles.Contains(w)))
        {
            return null;
        }

        return title + " " + string.Join(' ', surname.Select(w => Particles.Contains(w) ? w : Capitalize(w)));
    }

    private static string Capitalize(string word) =>
        string.Join('-', word.Split('-').Select(part =>
            part.Length == 0 ? part : char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));

    [GeneratedRegex(@"^(?:(?:hallo|hoi|dag|goedemorgen|goedemiddag|goedenavond)[\s,!.]+)?(?:ik\s+ben|ik\s+heet|mijn\s+(?:voor)?naam\s+is|(?:voor)?naam\s*:|dit\s+is|u\s+spreekt\s+met|je\s+spreekt\s+met|met)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\p{L}[\p{L}'\-]*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"(?:groetjes|groeten|groet|gr\.?|liefs|mvg|vriendelijke\s+groet(?:en)?)[\s,:.!]+(?<name>(?:(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?)\s+)?(?:(?:van|de|der|den|ter|te)\s+)*\p{L}[\p{L}'\-]*)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"(?i:\bik\s+ben|\bik\s+heet|\bmijn\s+naam\s+is|\bu\s+spreekt\s+met|\bje\s+spreekt\s+met|\bhier\s+is)\s+(?<name>(?i:(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?)\s+(?:(?:van|de|der|den|ter|te)\s+)*)?\p{Lu}[\p{L}'\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();
}
