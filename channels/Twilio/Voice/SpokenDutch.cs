using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Channels.Twilio.Voice;

/// <summary>
/// Written bot messages as they should be spoken on a phone line: "Antwoord JA of NEE" becomes "Zeg ja of nee",
/// "18.30 uur" is said the Dutch way, "Stuur: zeg tegen Anna dat ..." becomes how to say it on a call, a postcode letter by letter, no emoji. Keys are offered when asked for.
/// </summary>
public static partial class SpokenDutch
{
    public static string Speak(string text, AnswerKind expecting = AnswerKind.Free, bool offerKeys = false)
    {
        var spoken = AnswerYesNo().Replace(text, offerKeys ? "Zeg ja of nee, of druk 1 voor ja en 2 voor nee." : "Zeg ja of nee.");
        spoken = MenuChoices().Replace(spoken, "Zeg wat u nodig heeft. Of druk 1 voor een maaltijd, 2 om iets te lenen, 3 voor hulp, of 0 voor een medewerker.");
        spoken = AnswerOneOrTwo().Replace(spoken, "Zeg 1 of 2, of druk op die toets.");
        spoken = AnswerWords().Replace(spoken, m => $"Zeg {m.Groups[1].Value.ToLowerInvariant()} of {m.Groups[2].Value.ToLowerInvariant()}.");
        spoken = RelayHint().Replace(spoken, m => $"{(m.Groups[1].Value == "Andere tijd" ? "Past die tijd niet?" : "Wilt u iets doorgeven?")} Bel BuurtBot en zeg: zeg tegen {m.Groups[2].Value} dat, en dan uw bericht.");
        spoken = ClockTime().Replace(spoken, m => $"{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)} uur {(m.Groups[2].Value == "00" ? "" : m.Groups[2].Value.TrimStart('0'))}".TrimEnd());
        spoken = Postcode().Replace(spoken, m => string.Join(' ', (m.Groups[1].Value + m.Groups[2].Value).ToCharArray()));
        spoken = RemoveSymbols(spoken);
        if (offerKeys && expecting == AnswerKind.Number && !spoken.Contains("toets", StringComparison.Ordinal))
        {
            spoken += " U kunt het getal ook intoetsen.";
        }

        return spoken;
    }

    private static string RemoveSymbols(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        return MultipleSpaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"Antwoord JA of NEE\.?")]
    private static partial Regex AnswerYesNo();

    [GeneratedRegex(@"Antwoord met een cijfer: 1 een maaltijd, 2 iets lenen, 3 hulp, 0 een medewerker spreken\.?")]
    private static partial Regex MenuChoices();

    [GeneratedRegex(@"Antwoord 1 of 2\.?")]
    private static partial Regex AnswerOneOrTwo();

    [GeneratedRegex(@"Antwoord ([A-Z]{3,}) of ([A-Z]{3,})\.?")]
    private static partial Regex AnswerWords();

    [GeneratedRegex(@"(Iets doorgeven|Andere tijd)\? Stuur: zeg tegen (\p{L}[\p{L}\-']*) dat \.\.\.")]
    private static partial Regex RelayHint();

    [GeneratedRegex(@"\b([01]?\d|2[0-3])\.([0-5]\d) uur\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(\d{4}) ?([A-Z]{2})\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultipleSpaces();
}
