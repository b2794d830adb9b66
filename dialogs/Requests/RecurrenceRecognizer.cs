using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Safety;

namespace BuurtBot.Dialogs.Requests;

/// <summary>
/// Reads a weekly repeat: "elke dinsdag", "iedere di en do", "op maandagen", "woensdags", "wekelijks op vrijdag",
/// "elke week op woensdag", "elke werkdag" (Monday to Friday), "dagelijks" (all seven), "elke dag behalve zondag".
/// A single day ("dinsdag", "volgende week dinsdag") is not a repeat. Repeats other than weekly ("om de week",
/// "maandelijks") give null too: <see cref="Recurrence"/> cannot say them, and a weekly reading would promise too much.
/// </summary>
public static partial class RecurrenceRecognizer
{
    private enum Form
    {
        Day,
        Repeating,
        Short,
    }

    private static readonly FrozenDictionary<string, (DayOfWeek Day, Form Form)> DayForms = BuildDayForms();

    private static readonly FuzzyLexicon Spelling = new(
        [.. DayForms.Keys.Where(w => w.Length < 7), "werkdag", "werkdagen", "weekend", "weekenden", "weekends"],
        [.. DayForms.Keys.Where(w => w.Length >= 7), "wekelijks", "dagelijks", "doordeweeks"],
        new Dictionary<string, string>(StringComparer.Ordinal) { ["weekelijks"] = "wekelijks", ["daags"] = "dagelijks" },
        ["zonder", "wonder", "donder", "vandaag", "zoon", "zoo", "woo", "zaad", "zaat", "mandaat", "mandaten", "managen", "landdag", "landdagen",
            "zondigen", "zonnedagen", "zondaars", "zondaren", "werkelijks", "degelijks", "wekkend", "maanwagen", "fandag", "rijdag", "donderjaag"]);

    private static readonly FrozenSet<string> Every = FrozenSet.ToFrozenSet(["elke", "iedere", "ieder", "elk", "alle"], StringComparer.Ordinal);

    public static Recurrence? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = PlainText.Words(text, Spelling, 600);
        if (NotWeekly().IsMatch(plain) || Negated().IsMatch(plain))
        {
            return null;
        }

        var words = plain.Split(' ');
        var weekly = WeeklyCue().IsMatch(plain);
        var days = new bool[7];
        if (EveryDay().IsMatch(plain))
        {
            Array.Fill(days, true);
        }

        if (EveryWorkday().IsMatch(plain) || (weekly && Doordeweeks().IsMatch(plain)))
        {
            Recurrence.Workdays.ToList().ForEach(d => days[(int)d] = true);
        }

        if (EveryWeekend().IsMatch(plain))
        {
            days[(int)DayOfWeek.Saturday] = days[(int)DayOfWeek.Sunday] = true;
        }

        var repeating = new bool[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!DayForms.TryGetValue(words[i], out var found))
            {
                continue;
            }

            var end = RangeEnd(words, i);
            var plainDay = found.Form == Form.Day || end is not null;
            repeating[i] = found.Form == Form.Repeating || Cued(words, i, repeating) || (weekly && plainDay && !OneOff(words, i));
            if (repeating[i])
            {
                for (var day = found.Day; ; day = (DayOfWeek)(((int)day + 1) % 7))
                {
                    days[(int)day] = true;
                    if (day == (end ?? found.Day))
                    {
                        break;
                    }
                }
            }
        }

        RemoveExceptions(plain, days);
        var result = Recurrence.AllDays.Where(d => days[(int)d]).ToList();
        return result.Count == 0 ? null : new Recurrence(result);
    }

    /// <summary>"elke dinsdag", "iedere week op dinsdag", or the next in a list: "elke maandag, woensdag en vrijdag".</summary>
    private static bool Cued(string[] words, int i, bool[] repeating)
    {
        var j = i - 1;
        if (j >= 0 && words[j] is "op" or "de")
        {
            j--;
        }

        if (j >= 0 && Every.Contains(words[j]))
        {
            return true;
        }

        if (j >= 0 && words[j] is "en" or "of" or "enne")
        {
            j--;
        }

        return j >= 0 && repeating[j];
    }

    /// <summary>"volgende week dinsdag", "deze dinsdag", "dinsdag 4 december": one day, even in a weekly message.</summary>
    private static bool OneOff(string[] words, int i) =>
        (i > 0 && words[i - 1] is "deze" or "volgende" or "komende" or "aanstaande" or "afgelopen" or "vorige" or "week")
        || (i + 1 < words.Length && (words[i + 1] is "as" or "aanstaande" || words[i + 1].All(char.IsAsciiDigit)));

    /// <summary>The last day of a range starting at word i: "maandag tot en met vrijdag", "ma t/m vr", "van maandag tot vrijdag".</summary>
    private static DayOfWeek? RangeEnd(string[] words, int i)
    {
        var j = i + 1;
        var through = j + 2 < words.Length && words[j] == "tot" && words[j + 1] == "en" && words[j + 2] == "met" ? 3
            : j + 1 < words.Length && words[j] == "t" && words[j + 1] == "m" ? 2
            : j < words.Length && words[j] is "tot" or "tm" or "totenmet" ? 1
            : 0;
        return through > 0 && j + through < words.Length && DayForms.TryGetValue(words[j + through], out var end) ? end.Day : null;
    }

    /// <summary>"elke dag behalve zondag", "niet op woensdag".</summary>
    private static void RemoveExceptions(string plain, bool[] days)
    {
        foreach (Match match in Exception().Matches(plain))
        {
            foreach (var word in match.Groups["days"].Value.Split(' '))
            {
                if (DayForms.TryGetValue(word, out var found))
                {
                    days[(int)found.Day] = false;
                }
            }
        }
    }

    private static FrozenDictionary<string, (DayOfWeek, Form)> BuildDayForms()
    {
        string[] names = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
        string[][] shorts = [["zo", "zon"], ["ma"], ["di", "din"], ["wo", "woe"], ["do", "don"], ["vr", "vrij"], ["za", "zat"]];
        var forms = new Dictionary<string, (DayOfWeek, Form)>(StringComparer.Ordinal);
        for (var d = 0; d < 7; d++)
        {
            var day = (DayOfWeek)d;
            forms[names[d]] = (day, Form.Day);
            forms[names[d] + "en"] = (day, Form.Repeating);
            forms[names[d] + "s"] = (day, Form.Repeating);
            foreach (var part in new[] { "ochtend", "morgen", "middag", "avond", "nacht" })
            {
                forms[names[d] + part] = (day, Form.Day);
                forms[names[d] + part + "en"] = (day, Form.Repeating);
                forms[names[d] + part + "s"] = (day, Form.Repeating);
            }

            foreach (var abbreviation in shorts[d])
            {
                forms[abbreviation] = (day, Form.Short);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\bom de (?:\S+ )?(?:week|weken|dag|dagen|maand)\b|\b(?:twee|drie|vier|2|3|4) ?wekelijks\b|\bmaandelijks\b|\b(?:per|elke|iedere|ieder|elk) maand\b|\bvan de maand\b|\b(?:een|1|twee|2) (?:keer|maal) per (?:maand|twee weken)\b|\beens per maand\b|\b(?:even|oneven) weken\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotWeekly();

    [GeneratedRegex(@"\b(?:niet|nooit) (?:\S+ )?(?:elke|iedere|ieder|elk|alle|wekelijks|altijd|steeds)\b|\bgeen vaste\b|\beenmalig\b|\b(?:alleen|enkel|maar) (?:deze|volgende|komende) (?:week|keer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\bwekelijks\b|\b(?:elke|iedere|ieder|elk|alle|per) (?:week|weken)\b|\baltijd\b|\btelkens\b|\bsteeds\b|\bvoortaan\b|\bstructureel\b|\bvanaf nu\b|\bvan nu af aan\b|\bin het vervolg\b|\b(?:elke|iedere|ieder) keer\b|\bop vaste\b|\bvaste dag", RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyCue();

    [GeneratedRegex(@"\bdagelijks\b|\b(?:elke|iedere|ieder|elk|alle) (?:dag|dagen)\b(?! van de (?:maand|week) )|\b(?:zeven|7) dagen (?:per|in de) week\b|\belke dag van de week\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryDay();

    [GeneratedRegex(@"\b(?:elke|iedere|ieder|elk|alle|op|de) werkdag(?:en)?\b|\bwerkdagen\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryWorkday();

    [GeneratedRegex(@"\bdoordeweeks\b|\bdoor de week\b", RegexOptions.CultureInvariant)]
    private static partial Regex Doordeweeks();

    [GeneratedRegex(@"\b(?:elk|ieder|elke|iedere|alle) (?:weekend|weekenden)\b|\bin de weekenden\b|\bweekends\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryWeekend();

    [GeneratedRegex(@"\b(?:behalve|uitgezonderd|niet op|maar niet|zonder de) (?:op |de )?(?<days>\S+(?: (?:en|of) \S+)*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Exception();
}
