using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Language;

namespace BuurtBot.Dialogs.Offers;

/// <summary>
/// A cook, lender or helper calling off their offer: "mijn aanbod gaat niet door", "ik trek mijn aanbod in",
/// "ik kan donderdag toch niet koken", "de ladder is toch niet meer te leen". "Ik kan niet meer koken" (a reason to
/// ask for a meal) is not: calling off needs "toch" or the offer itself.
/// </summary>
public static partial class OfferWithdrawalRecognizer
{
    public static bool IsWithdrawal(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 400 && Withdrawal().IsMatch(DutchVocabulary.Normalize(text));

    [GeneratedRegex(
        @"\b(?:aanbod|kookaanbod)\b.*\b(?:gaat\s+(?:toch\s+)?niet\s+door|vervalt|intrekken|trek\s+(?:ik\s+)?(?:\w+\s+)?in|annuleren|annuleer|afzeggen|zeg\s+(?:ik\s+)?(?:\w+\s+)?af|stopt|vervallen)\b" +
        @"|\b(?:trek|annuleer)\s+(?:ik\s+)?(?:mijn|m'n)\s+aanbod\b" +
        @"|\b(?:kan|kook|kom)\b.*\btoch\s+niet\b.*\b(?:koken|uitlenen|helpen)\b" +
        @"|\btoch\s+niet\s+(?:meer\s+)?(?:koken|uitlenen|helpen|te\s+leen)\b" +
        @"|\bis\s+toch\s+niet\s+(?:meer\s+)?te\s+leen\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Withdrawal();
}
