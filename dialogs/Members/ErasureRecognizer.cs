using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Language;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// A request to remove one's data: "verwijder mijn gegevens", "wis al mijn data", "ik wil dat mijn gegevens
/// verwijderd worden", "mijn account opheffen", "vergeet mij".
/// </summary>
public static partial class ErasureRecognizer
{
    public static bool IsErasureRequest(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 300 && Erasure().IsMatch(DutchVocabulary.Normalize(text));

    [GeneratedRegex(
        @"\b(?:(?:verwijder\w*|wis|wist|wissen|gewist|schrap\w*|vernietig\w*|opheffen|ophef\w*)\b.{0,40}\b(?:gegevens|data|account|profiel|info|informatie|inschrijving)|(?:gegevens|data|account|profiel|inschrijving)\b.{0,40}\b(?:verwijder\w*|wissen|gewist|schrappen|geschrapt|vernietigen|opheffen|opgeheven|weg)|vergeet\s+(?:mij|me)|avg[\s-]*verzoek|recht\s+op\s+vergetelheid)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Erasure();
}
