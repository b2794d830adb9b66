using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Offers;

/// <summary>
/// The dish a cook names after the portions: "4 porties stamppot", "3 porties groentesoep met brood",
/// "twee porties vegetarische lasagne". Words about diet, price, day or pick-up end the dish.
/// </summary>
public static partial class DishRecognizer
{
    private static readonly HashSet<string> NotDish = new(StringComparer.OrdinalIgnoreCase)
    {
        "vegetarisch", "vegetarische", "veganistisch", "vegan", "halal", "glutenvrij", "lactosevrij", "zoutloos", "koosjer", "eten", "maaltijd",
        "maaltijden", "over", "extra", "erbij", "teveel", "te", "veel", "gratis", "af", "halen", "ophalen", "brengen", "thuisbezorgd",
    };

    public static string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 600)
        {
            return null;
        }

        var match = AfterPortions().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["dish"].Value.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => w is "vegetarische" or "veganistische" or "halal" or "glutenvrije")
            .TakeWhile(w => !NotDish.Contains(w))
            .ToArray();
        if (words.Length == 0 || words.Length > 5 || words.Any(w => !w.All(c => char.IsLetter(c) || c == '-')))
        {
            return null;
        }

        var dish = string.Join(' ', words);
        return dish.Length >= 3 ? dish : null;
    }

    [GeneratedRegex(
        @"\bporties?\s+(?<dish>[\p{L}][\p{L}\s-]{1,60}?)(?=\s*(?:[,.;:!?(]|$|\s(?:voor|om|op|af|te|à|a|van|per|tegen|ik|kan|kunt|wie|die|dat|vanavond|morgen|vandaag|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\d)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AfterPortions();
}
