using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Language;

namespace BuurtBot.Dialogs.Members;

/// <summary>The end of a break: "ik doe weer mee", "ik ben weer terug", "u mag mij weer vragen", "weer berichten graag".</summary>
public static partial class ResumeRecognizer
{
    public static bool IsResume(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 200 && Resume().IsMatch(DutchVocabulary.Normalize(text));

    [GeneratedRegex(@"\b(?:(?:ik\s+)?doe\s+(?:weer|opnieuw)\s+mee|weer\s+meedoen|ik\s+ben\s+(?:weer\s+)?terug|(?:mag|kunt|mogen)\s+(?:mij|me)\s+weer\s+(?:vragen|berichten|benaderen)|weer\s+(?:berichten|vragen)\s+(?:graag|ontvangen|krijgen)|pauze\s+(?:is\s+)?(?:voorbij|klaar|stoppen))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Resume();
}
