namespace BuurtBot.Dialogs.Understanding;

/// <summary>Weekday names: the next such day, "volgende week dinsdag", "deze week donderdag", short forms where a day is plausible; "elke woensdag" is none.</summary>
internal static class WeekdayDates
{
    public static bool AbbreviationIsDay(TokenizedText t, int i)
    {
        if (t.IsNumber(i + 1) || (t.IsPunct(i + 1, '.') && t.IsNumber(i + 2)))
        {
            return true;
        }

        if (t.IsAny(i - 1, "op", "volgende", "aanstaande", "komende", "vanaf", "tot", "elke"))
        {
            return true;
        }

        return t.W(i) is "di" or "wo" or "woe" or "vr" or "za" or "zat" && (t.Count <= 4 || t.IsAny(i + 1, "om", "avond", "middag", "ochtend"));
    }

    /// <summary>"vorige week dinsdag", "afgelopen dinsdag", "vorige dinsdag", "dinsdag van vorige week", "dinsdag jl.".</summary>
    private static bool IsPast(TokenizedText t, int i)
    {
        var p = t.Is(i - 1, "op") ? i - 2 : i - 1;
        return t.IsAny(p, "vorige", "vorig", "afgelopen", "jongstleden") || (t.Is(p, "week") && t.IsAny(p - 1, "vorige", "vorig", "afgelopen", "verleden"))
            || (t.IsAny(i + 1, "vorige", "afgelopen", "verleden") && t.Is(i + 2, "week")) || (t.Is(i + 1, "van") && t.IsAny(i + 2, "vorige", "afgelopen", "verleden") && t.Is(i + 3, "week"))
            || t.IsAny(i + 1, "jl", "jongstleden", "jl.", "j.l.");
    }

    public static bool TryWeekday(TokenizedText t, int i, DayOfWeek weekday, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        if (t.IsAny(i - 1, "elke", "iedere", "alle") && !t.Is(i - 2, "week"))
        {
            return false;
        }

        if ((t.IsAny(i - 1, "en", "of") || t.IsPunct(i - 1, ',')) && CalendarWords.Weekdays.ContainsKey(t.W(i - 2)) && t.IsAny(i - 3, "elke", "iedere", "alle"))
        {
            // "elke dinsdag en donderdag": every one of them.
            return false;
        }

        if (IsPast(t, i))
        {
            // "vorige week dinsdag", "afgelopen dinsdag": a day gone by is not the day anything is for.
            return false;
        }

        var start = i;
        var end = i;
        DateOnly date;
        var p = i - 1;
        if (t.Is(p, "op"))
        {
            p--;
        }

        if (t.Is(p, "week") && t.IsAny(p - 1, "volgende"))
        {
            date = DayArithmetic.InNextWeek(today, weekday);
            start = p - 1;
        }
        else if (t.Is(p, "week") && t.IsAny(p - 1, "deze"))
        {
            date = DayArithmetic.InThisWeek(today, weekday);
            start = p - 1;
        }
        else if ((t.Is(i + 1, "volgende") && t.Is(i + 2, "week")) || (t.Is(i + 1, "van") && t.Is(i + 2, "volgende") && t.Is(i + 3, "week")))
        {
            date = DayArithmetic.InNextWeek(today, weekday);
            end = t.Is(i + 1, "van") ? i + 3 : i + 2;
        }
        else if ((t.Is(i + 1, "deze") && t.Is(i + 2, "week")) || (t.Is(i + 1, "van") && t.Is(i + 2, "deze") && t.Is(i + 3, "week")))
        {
            date = DayArithmetic.InThisWeek(today, weekday);
            end = t.Is(i + 1, "van") ? i + 3 : i + 2;
        }
        else if (t.Is(i + 1, "over") && t.Is(i + 3, "week") && t.IsAny(i + 2, "een", "1"))
        {
            date = DayArithmetic.Next(today, weekday).AddDays(7);
            end = i + 3;
        }
        else
        {
            date = DayArithmetic.Next(today, weekday);
            if (t.IsAny(i - 1, "volgende", "aanstaande"))
            {
                start = i - 1;
            }
        }

        candidate = new DateCandidate(start, end, date, DateFlags.Weekday);
        return true;
    }
}
