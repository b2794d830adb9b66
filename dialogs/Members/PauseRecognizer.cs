using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Safety;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// Reads a request for a break: "even geen berichten tot 1 mei", "ik ben op vakantie tot zondag", "de komende twee weken
/// geen vragen aub", "pauze tot na kerst", "stuur me tot 3 januari even niks", "voorlopig geen berichten". Not an opt-out
/// ("stop", "afmelden", "geen berichten meer": that is for good), and not a request that happens to name a date or an
/// absence ("ik wil tot zondag een ladder lenen", "ik ben tot zondag weg, kan iemand de kat eten geven").
/// </summary>
public static partial class PauseRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static PauseRequest? Recognize(string? text, DateTime localNow)
    {
        if (string.IsNullOrWhiteSpace(text) || DutchVocabulary.IsOptOut(text))
        {
            return null;
        }

        var plain = PlainText.Words(text, maxLength: 600);
        var temporary = Temporary().IsMatch(plain);
        var pause = PauseWord().IsMatch(plain) || (AboutMessages().IsMatch(plain) && temporary)
            || (Absence().IsMatch(plain) && !Request().IsMatch(plain));
        if (!pause)
        {
            return null;
        }

        return End(text, localNow) ?? new PauseRequest(null, false);
    }

    /// <summary>
    /// The end of a break as said ("tot 1 mei", "twee weken", "tot na kerst"), or an open end on purpose ("voorlopig"):
    /// also the answer to "tot wanneer?". Null when neither is said.
    /// </summary>
    public static PauseRequest? End(string? text, DateTime localNow)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = PlainText.Words(text, maxLength: 600);
        var until = EndDate(text.Length > 600 ? text[..600] : text, localNow) ?? Duration(plain, DateOnly.FromDateTime(localNow));
        return until is not null ? new PauseRequest(until, false)
            : OpenEnded().IsMatch(plain) ? new PauseRequest(null, true)
            : null;
    }

    /// <summary>"tot 1 mei", "t/m zondag", "tot na kerst", "tot eind januari", "vanaf 3 mei weer".</summary>
    private static DateOnly? EndDate(string text, DateTime localNow)
    {
        var match = UntilWords().Match(text);
        var resumes = false;
        if (!match.Success)
        {
            match = ResumeWords().Match(text);
            resumes = true;
        }

        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        var after = rest.StartsWith("na ", StringComparison.OrdinalIgnoreCase);
        var said = after ? rest[3..] : rest;
        var plain = PlainText.Words(said, maxLength: 80);
        var date = MonthPart(plain, localNow) ?? NextWeek(plain, DateOnly.FromDateTime(localNow))
            ?? DutchDateRecognizer.Recognize(said, localNow).Date;
        if (date is not { } day)
        {
            return null;
        }

        if (after && LastHolidayDay().IsMatch(plain))
        {
            day = day.AddDays(1); // "na kerst", "na pasen": after the second feast day too
        }

        return resumes ? day.AddDays(-1) : day;
    }

    /// <summary>"begin maart" (the 1st), "half/medio maart" (the 15th), "eind maart" (the last day).</summary>
    private static DateOnly? MonthPart(string plain, DateTime localNow)
    {
        var match = PartOfMonth().Match(plain);
        if (!match.Success || DutchDateRecognizer.Recognize("1 " + match.Groups["month"].Value, localNow).Date is not { } first)
        {
            return null;
        }

        return match.Groups["part"].Value switch
        {
            "begin" or "start" => first,
            "half" or "medio" or "midden" => first.AddDays(14),
            _ => first.AddMonths(1).AddDays(-1),
        };
    }

    /// <summary>"tot volgende week", "tot na het weekend": through the coming Sunday.</summary>
    private static DateOnly? NextWeek(string plain, DateOnly today) =>
        WeekEnd().IsMatch(plain) ? today.AddDays((7 - (int)today.DayOfWeek) % 7) : null;

    /// <summary>"de komende twee weken", "een weekje", "3 dagen", "een maand": today plus that long.</summary>
    private static DateOnly? Duration(string plain, DateOnly today)
    {
        var match = Length().Match(plain);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["count"].Value;
        var half = word.StartsWith("anderhalve", StringComparison.Ordinal);
        var count = word.Length == 0 || word is "een" or "1" or "n" ? 1 : half ? 1 : DutchNumberRecognizer.Recognize(word);
        if (count is not { } n || n is < 1 or > 52)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value;
        if (unit.StartsWith("maand", StringComparison.Ordinal))
        {
            return today.AddMonths(n).AddDays(half ? 15 : 0);
        }

        var weeks = unit.StartsWith("we", StringComparison.Ordinal);
        return today.AddDays((n * (weeks ? 7 : 1)) + (half && weeks ? 3 : 0));
    }

    [GeneratedRegex(@"\b(?:pauze|pauzeren|pauzeer|gepauzeerd|on hold)\b|\b(?:even|tijdelijk|voorlopig|een tijdje|een poosje) (?:stoppen|stop|afmelden|uitschrijven|uit|niet meedoen|niet actief)\b|\bstop (?:even|tijdelijk|voorlopig)\b|\b(?:laat|laten) (?:me|mij|ons) (?:\S+ )?met rust\b|\bniet (?:storen|lastigvallen)\b", Options)]
    private static partial Regex PauseWord();

    [GeneratedRegex(@"\b(?:geen|niks|niets|minder)(?: \S+){0,2} (?:\w*(?:berichten|berichtjes|vragen|verzoeken|meldingen|aanvragen|aanbiedingen)|bericht|sms|smsjes|sms'jes|appjes|oproepen|aanvragen|aanbiedingen|mails|notificaties|maaltijden|hulpvragen)\b|\bstuur (?:me|mij|ons)?(?: \S+){0,4} (?:niks|niets|geen)\b|\b(?:niks|niets) (?:meer )?(?:sturen|ontvangen|horen)\b", Options)]
    private static partial Regex AboutMessages();

    [GeneratedRegex(@"\b(?:even|tijdelijk|voorlopig|tot|totdat|t m|tm|de komende|komende|aankomende|een tijdje|een poosje|een paar|vanaf|tot nader)\b|\b\S+ (?:dag|dagen|week|weken|weekje|weekjes|maand|maanden|maandje)\b", Options)]
    private static partial Regex Temporary();

    [GeneratedRegex(@"\b(?:op|met) vakantie\b|\bvakantie (?:tot|van|de)\b|\bafwezig\b|\bniet thuis\b|\bin het buitenland\b|\bniet in (?:het land|nederland)\b|\bop reis\b|\b(?:ik|wij|we) (?:ben|zijn|ga|gaan) (?:\S+ )?weg (?:tot|van|voor|de komende|een)\b|\blogeer\b|\blogeren\b|\bopgenomen\b|\bin het ziekenhuis\b|\bop revalidatie\b|\bniet (?:bereikbaar|beschikbaar)\b|\bgeen tijd (?:tot|de komende|voor een|\S+ (?:dagen|weken))\b|\b(?:ik|wij|we) (?:\S+ ){0,4}niet (?:\S+ )?(?:koken|helpen)\b", Options)]
    private static partial Regex Absence();

    [GeneratedRegex(@"\b(?:kan|kunt|wil|zou|heeft|wie) (?:\S+ ){0,2}(?:iemand|jullie)\b|\biemand die\b|\b(?:lenen|te leen|maaltijd|eten geven|water geven|uitlaten|oppassen|brengen|ophalen)\b|\bgraag (?:een|iemand|hulp)\b|\bhulp (?:nodig|bij|met)\b", Options)]
    private static partial Regex Request();

    [GeneratedRegex(@"\bvoorlopig\b|\btot nader (?:order|bericht)\b|\btot (?:ik|we|wij) (?:\S+ ){0,4}(?:meld|melden|laat weten|laten weten|laat horen|terug ben|terug zijn|beter ben|hersteld ben|terugkom|weer thuis ben|er weer ben)\b|\bonbepaalde tijd\b|\bde komende tijd\b|\been (?:tijdje|poosje|tijd)\b|\bvoor (?:een )?(?:lange|langere) tijd\b", Options)]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"\b(?:tot\s+en\s+met|t\s*/\s*m|tot\s+aan|tot|totdat|until)\s+(?<rest>[^,.;!?\n]{1,60}?)(?=\s*(?:[,.;!?\n]|\b(?:en|maar|dan|want|daarna|vanaf|geen|even|niks|niets)\b|$))", Options | RegexOptions.IgnoreCase)]
    private static partial Regex UntilWords();

    [GeneratedRegex(@"\b(?:vanaf|per)\s+(?<rest>[^,.;!?\n]{1,40}?)\s+(?:weer|pas weer|ben ik weer|kan ik weer)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex ResumeWords();

    [GeneratedRegex(@"^(?:de )?(?<part>begin|start|half|medio|midden|eind|einde) (?:van )?(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b", Options)]
    private static partial Regex PartOfMonth();

    [GeneratedRegex(@"^(?:volgende week|het weekend|na het weekend|het eind van de week|eind van de week)\b", Options)]
    private static partial Regex WeekEnd();

    [GeneratedRegex(@"^(?:de )?(?:kerst|kerstmis|kerstdagen|pasen|paasdagen|pinksteren|pinksterdagen)\b", Options)]
    private static partial Regex LastHolidayDay();

    [GeneratedRegex(@"\b(?<count>een|n|anderhalve|\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?<unit>dagen|dag|weken|week|weekje|weekjes|maanden|maand|maandje)\b(?! (?:geleden|terug))|\b(?:komende|aankomende) (?<unit>week|maand)\b", Options)]
    private static partial Regex Length();
}
