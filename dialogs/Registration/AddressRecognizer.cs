using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Registration;

/// <summary>
/// Reads a Dutch address as people type it: "1234 AB 12", "1234ab nr 12a", "Lindelaan 4, 1234 AB",
/// "ik woon op de Kerkstraat 12 in 3512 JK", or only a house number ("12", "nummer 7-2").
/// </summary>
public static partial class AddressRecognizer
{
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        "ik", "woon", "wonen", "we", "wij", "op", "de", "het", "aan", "in", "adres", "is", "mijn", "ons", "straat", "huisnummer",
        "nummer", "nr", "postcode", "en", "te", "bij", "hier", "dat", "met", "u", "uw", "ja", "hoor", "dank", "graag",
    ], StringComparer.Ordinal);

    public static AddressAnswer Recognize(string text)
    {
        if (text.Length > 300)
        {
            text = text[..300];
        }

        string? postcode = null;
        var postcodeMatch = Postcode().Match(text);
        if (postcodeMatch.Success)
        {
            postcode = postcodeMatch.Groups["digits"].Value + postcodeMatch.Groups["letters"].Value.ToUpperInvariant();
            text = text.Remove(postcodeMatch.Index, postcodeMatch.Length).Insert(postcodeMatch.Index, " , ");
        }

        var number = HouseNumber().Match(text);
        if (!number.Success)
        {
            return new AddressAnswer(postcode, null, null);
        }

        var houseNumber = number.Groups["number"].Value + Addition(number.Groups["addition"].Value);
        return new AddressAnswer(postcode, houseNumber, Street(number.Groups["before"].Value));
    }

    /// <summary>A street name alone ("Lindelaan", "de Dorpsstraat"), or null when it does not look like one.</summary>
    public static string? StreetFromAnswer(string text)
    {
        var street = Street(text);
        return street is { Length: >= 3 and <= 60 } && !text.Any(char.IsAsciiDigit) ? street : null;
    }

    private static string? Street(string before)
    {
        var words = StreetWord().Matches(before).Select(m => m.Value).ToList();
        var start = words.FindLastIndex(w => w == ",") + 1;
        var name = words.Skip(start).SkipWhile(w => Fillers.Contains(w.ToLowerInvariant())).Where(w => w != ",").ToList();
        if (name.Count is 0 or > 4 || name.Any(w => Fillers.Contains(w.ToLowerInvariant()) && w.Length > 3))
        {
            return null;
        }

        return string.Join(' ', name.Select((w, i) => i == 0 || w.Length > 3
            ? char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]
            : w.ToLowerInvariant()));
    }

    private static string Addition(string addition)
    {
        var trimmed = addition.Trim().TrimStart('-').Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        return char.IsAsciiDigit(trimmed[0]) ? "-" + trimmed : trimmed.ToLowerInvariant();
    }

    [GeneratedRegex(@"(?<![\d])(?<digits>[1-9]\d{3})\s?-?\s?(?<letters>(?!SA|SD|SS)[A-Za-z]{2})(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^(?<before>[^\d]*?)(?:\b(?:nr|no|nummer|huisnummer)\.?\s*:?\s*)?(?<number>[1-9]\d{0,4})(?<addition>\s?(?!(?:in|en|te|op|nr|ik|is|of)\b)[A-Za-z]{1,2}\b|\s?-\s?\d{1,3}\b|\s?-\s?[A-Za-z]{1,2}\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"[\p{L}][\p{L}'.\-]*|,", RegexOptions.CultureInvariant)]
    private static partial Regex StreetWord();
}
