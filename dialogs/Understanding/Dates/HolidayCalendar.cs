using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Dutch holidays by name, resolved to the next occurrence from today (date only).</summary>
internal static class HolidayCalendar
{
    private enum Rule
    {
        Fixed,
        Easter,
        NthSunday,
    }

    private static readonly FrozenDictionary<string, (Rule Rule, int A, int B)> Names = new Dictionary<string, (Rule, int, int)>(StringComparer.Ordinal)
    {
        ["kerstavond"] = (Rule.Fixed, 12, 24),
        ["kerst"] = (Rule.Fixed, 12, 25),
        ["kerstmis"] = (Rule.Fixed, 12, 25),
        ["kerstdag"] = (Rule.Fixed, 12, 25),
        ["kerstfeest"] = (Rule.Fixed, 12, 25),
        ["oudejaarsdag"] = (Rule.Fixed, 12, 31),
        ["oudejaarsavond"] = (Rule.Fixed, 12, 31),
        ["oudjaar"] = (Rule.Fixed, 12, 31),
        ["oudennieuw"] = (Rule.Fixed, 12, 31),
        ["nieuwjaarsdag"] = (Rule.Fixed, 1, 1),
        ["nieuwjaar"] = (Rule.Fixed, 1, 1),
        ["koningsdag"] = (Rule.Fixed, 4, 27),
        ["bevrijdingsdag"] = (Rule.Fixed, 5, 5),
        ["sinterklaas"] = (Rule.Fixed, 12, 5),
        ["sinterklaasavond"] = (Rule.Fixed, 12, 5),
        ["pakjesavond"] = (Rule.Fixed, 12, 5),
        ["valentijnsdag"] = (Rule.Fixed, 2, 14),
        ["pasen"] = (Rule.Easter, 0, 0),
        ["paasdag"] = (Rule.Easter, 0, 0),
        ["paaszondag"] = (Rule.Easter, 0, 0),
        ["paasmaandag"] = (Rule.Easter, 1, 0),
        ["goedevrijdag"] = (Rule.Easter, -2, 0),
        ["hemelvaart"] = (Rule.Easter, 39, 0),
        ["hemelvaartsdag"] = (Rule.Easter, 39, 0),
        ["pinksteren"] = (Rule.Easter, 49, 0),
        ["pinksterdag"] = (Rule.Easter, 49, 0),
        ["pinksterzondag"] = (Rule.Easter, 49, 0),
        ["pinkstermaandag"] = (Rule.Easter, 50, 0),
        ["moederdag"] = (Rule.NthSunday, 5, 2),
        ["vaderdag"] = (Rule.NthSunday, 6, 3),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> AllNames => Names.Keys;

    /// <summary>The holiday's next date on or after today; "tweede" moves a two-day feast to its second day.</summary>
    public static DateOnly? Resolve(string word, DateOnly today, bool secondDay)
    {
        if (!Names.TryGetValue(word, out var holiday))
        {
            return null;
        }

        var extra = secondDay && word is "kerstdag" or "paasdag" or "pinksterdag" ? 1 : 0;
        for (var year = today.Year; year <= today.Year + 1; year++)
        {
            var date = On(holiday, year).AddDays(extra);
            if (date >= today)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly On((Rule Rule, int A, int B) holiday, int year) => holiday.Rule switch
    {
        Rule.Fixed => new DateOnly(year, holiday.A, holiday.B),
        Rule.Easter => EasterSunday(year).AddDays(holiday.A),
        _ => NthSunday(year, holiday.A, holiday.B),
    };

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var firstSunday = first.AddDays((7 - (int)first.DayOfWeek) % 7);
        return firstSunday.AddDays(7 * (n - 1));
    }

    /// <summary>Anonymous Gregorian computus.</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
