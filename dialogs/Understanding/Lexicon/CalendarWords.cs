using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Weekday and month names with their spelling variants.</summary>
internal static class CalendarWords
{
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["maandag"] = DayOfWeek.Monday,
        ["dinsdag"] = DayOfWeek.Tuesday,
        ["woensdag"] = DayOfWeek.Wednesday,
        ["donderdag"] = DayOfWeek.Thursday,
        ["vrijdag"] = DayOfWeek.Friday,
        ["zaterdag"] = DayOfWeek.Saturday,
        ["zondag"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Short forms, read as a weekday only where a day is plausible ("ma 3 dec", "op za").</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["ma"] = DayOfWeek.Monday,
        ["di"] = DayOfWeek.Tuesday,
        ["wo"] = DayOfWeek.Wednesday,
        ["woe"] = DayOfWeek.Wednesday,
        ["do"] = DayOfWeek.Thursday,
        ["don"] = DayOfWeek.Thursday,
        ["vr"] = DayOfWeek.Friday,
        ["vrij"] = DayOfWeek.Friday,
        ["za"] = DayOfWeek.Saturday,
        ["zat"] = DayOfWeek.Saturday,
        ["zo"] = DayOfWeek.Sunday,
        ["zon"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"maandags", "woensdagen": every such day, which gives no single date.</summary>
    public static readonly (string Surface, string Canonical)[] Recurring = LexiconText.Groups("""
        maandags = maandagen
        dinsdags = dinsdagen
        woensdags = woensdagen
        donderdags = donderdagen
        vrijdags = vrijdagen
        zaterdags = zaterdagen
        zondags = zondagen
        """).ToArray();

    public static readonly FrozenDictionary<string, int> Months = LexiconText.FirstWins(LexiconText.Tagged("""
        1: januari jan
        2: februari feb febr
        3: maart mrt mar
        4: april apr
        5: mei
        6: juni jun
        7: juli jul
        8: augustus aug
        9: september sep sept
        10: oktober okt oct
        11: november nov
        12: december dec
        """, int.Parse));

    public static readonly string[] FullMonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
}
