namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds the day a message is about: relative days, weekdays (with "volgende week", "deze week"),
/// day-month in words and digits, "de 12e", "over twee dagen", holidays. Applies the contract's
/// rules: the first day of a range, nothing for "tot X" alone, for alternatives or recurring days,
/// and a negated day ("niet vandaag maar morgen") gives way.
/// </summary>
internal static class DateFinder
{
    private const int MaxCandidates = 16;

    public static DateOnly? Find(TokenizedText t, DateOnly today)
    {
        Span<DateCandidate> found = stackalloc DateCandidate[MaxCandidates];
        var n = 0;
        for (var i = 0; i < t.Count && n < MaxCandidates; i++)
        {
            if (TryAt(t, i, today, out var candidate))
            {
                candidate.Flags |= Context(t, candidate.Start, candidate.End);
                found[n++] = candidate;
                i = candidate.End;
            }
        }

        return Choose(t, found[..n]);
    }

    private static DateOnly? Choose(TokenizedText t, Span<DateCandidate> found)
    {
        for (var k = 0; k + 1 < found.Length; k++)
        {
            ref var a = ref found[k];
            ref var b = ref found[k + 1];
            var gap = b.Start - a.End - 1;
            if (((a.Flags & DateFlags.Weekday) != 0 || t.IsAny(a.End, "kerst", "kerstmis")) && (b.Flags & DateFlags.Explicit) != 0 && gap <= 2)
            {
                a.Flags |= DateFlags.Covered;
            }
            else if (gap is >= 1 and <= 3 && Joins(t, a.End + 1, b.Start))
            {
                a.Flags |= DateFlags.Alternative;
                b.Flags |= DateFlags.Alternative;
            }
        }

        var usable = 0;
        foreach (var c in found)
        {
            if ((c.Flags & (DateFlags.NegatedBefore | DateFlags.NegatedAfter | DateFlags.Covered | DateFlags.RangeEnd)) == 0)
            {
                usable++;
            }
        }

        foreach (var c in found)
        {
            if ((c.Flags & (DateFlags.NegatedBefore | DateFlags.Covered | DateFlags.RangeEnd)) != 0)
            {
                continue;
            }

            if ((c.Flags & DateFlags.NegatedAfter) != 0 && usable > 0)
            {
                continue;
            }

            return (c.Flags & DateFlags.Alternative) != 0 ? null : c.Date;
        }

        return null;
    }

    private static bool Joins(TokenizedText t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (t.IsAny(i, "of", "en") || t.IsPunct(i, '/'))
            {
                return true;
            }
        }

        return false;
    }

    private static DateFlags Context(TokenizedText t, int start, int end)
    {
        var flags = DateFlags.None;
        var before = start - 1;
        if (t.IsAny(before, "op", "voor", "al"))
        {
            before--;
        }

        if (t.IsAny(before, "niet", "geen"))
        {
            flags |= DateFlags.NegatedBefore;
        }

        if (t.Is(end + 1, "niet") && !t.IsAny(end + 2, "meer"))
        {
            flags |= DateFlags.NegatedAfter;
        }

        if (t.IsAny(start - 1, "tot", "totdat", "uiterlijk", "tm") ||
            (t.Is(start - 1, "met") && t.Is(start - 2, "en") && t.Is(start - 3, "tot")) ||
            (t.Is(start - 1, "m") && t.IsPunct(start - 2, '/') && t.Is(start - 3, "t")))
        {
            flags |= DateFlags.RangeEnd;
        }

        return flags;
    }

    private static bool TryAt(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        var w = t.W(i);
        switch (w)
        {
            case "vandaag" or "vanavond" or "vanmiddag" or "vanochtend" or "vanmorgen" or "vannacht":
                candidate = new DateCandidate(i, i, today, DateFlags.None);
                return true;
            case "overmorgen":
                candidate = new DateCandidate(i, i, today.AddDays(2), DateFlags.None);
                return true;
            case "morgen":
                if (t.IsAny(i - 1, "'s", "s", "goede", "goeie", "de", "deze", "hele", "elke", "iedere") || t.Is(i + 1, "morgen"))
                {
                    return false;
                }

                candidate = new DateCandidate(i, i, today.AddDays(1), DateFlags.None);
                return true;
            case "over":
                return TryDaysAhead(t, i, today, out candidate);
            case "de" when t.IsNumber(i + 1):
                return TryDayOfMonth(t, i + 1, today, out candidate) && Shift(ref candidate, i);
        }

        if (CalendarWords.Weekdays.TryGetValue(w, out var weekday) ||
            (CalendarWords.WeekdayAbbreviations.TryGetValue(w, out weekday) && AbbreviationIsDay(t, i)))
        {
            return TryWeekday(t, i, weekday, today, out candidate);
        }

        if (t.IsNumber(i))
        {
            return TryNumericDate(t, i, today, out candidate) || TryDayOfMonth(t, i, today, out candidate);
        }

        if (NumberWords.Ordinals.TryGetValue(w, out var ordinal) && CalendarWords.Months.TryGetValue(t.W(i + 1), out var ordinalMonth) &&
            DayArithmetic.DayMonth(today, ordinal, ordinalMonth, null) is { } ordinalDate)
        {
            candidate = new DateCandidate(i, i + 1, ordinalDate, DateFlags.Explicit);
            return true;
        }

        var holiday = HolidayCalendar.Resolve(w, today, t.Is(i - 1, "tweede"));
        if (holiday is { } day)
        {
            candidate = new DateCandidate(t.Is(i - 1, "tweede") || t.Is(i - 1, "eerste") ? i - 1 : i, i, day, DateFlags.Explicit);
            return true;
        }

        return false;
    }

    private static bool Shift(ref DateCandidate candidate, int start)
    {
        candidate = candidate with { Start = start };
        return true;
    }

    private static bool AbbreviationIsDay(TokenizedText t, int i)
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

    private static bool TryWeekday(TokenizedText t, int i, DayOfWeek weekday, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        if (t.IsAny(i - 1, "elke", "iedere", "alle", "om") && !t.Is(i - 2, "week"))
        {
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

    private static bool TryDaysAhead(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        var amount = QuantityAt(t, i + 1);
        var unit = i + 2;
        if (t.Is(i + 1, "een") && t.IsAny(i + 2, "dag", "week"))
        {
            amount = 1;
        }

        if (amount is < 1 or > 60)
        {
            return false;
        }

        var days = t.W(unit) switch
        {
            "dag" or "dagen" or "dagje" or "dagjes" => amount,
            "week" or "weken" => amount * 7,
            _ => -1,
        };
        if (days < 0)
        {
            return false;
        }

        candidate = new DateCandidate(i, unit, today.AddDays(days), DateFlags.None);
        return true;
    }

    private static int QuantityAt(TokenizedText t, int i)
    {
        if (t.IsNumber(i))
        {
            return t.NumberAt(i);
        }

        return NumberWords.Cardinals.TryGetValue(t.W(i), out var value) && t.W(i) != "een" ? value : -1;
    }

    private static bool TryNumericDate(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        var day = t.NumberAt(i);
        if (day is < 1 or > 31 || t[i].Length > 2)
        {
            return false;
        }

        var next = i + 1;
        if (t.Touches(i) && t.IsAny(next, "e", "de", "ste"))
        {
            next++;
        }

        if (CalendarWords.Months.TryGetValue(t.W(next), out var month))
        {
            var end = next;
            if (t.IsPunct(end + 1, '.') && CalendarWords.Months.ContainsKey(t.W(end)))
            {
                end++;
            }

            int? year = t.IsNumber(end + 1) && t.NumberAt(end + 1) is >= 2000 and <= 2100 ? t.NumberAt(end + 1) : null;
            if (year is not null)
            {
                end++;
            }

            if (DayArithmetic.DayMonth(today, day, month, year) is { } date)
            {
                candidate = new DateCandidate(i, end, date, DateFlags.Explicit);
                return true;
            }

            return false;
        }

        // "1 tot 12 december", "1 t/m 12 december", "1-12 december": the first day, in the later month.
        if (TryRangeStart(t, i, day, today, out candidate))
        {
            return true;
        }

        // 12-3, 12/03, 12-03-2026
        if (t.Touches(i) && (t.IsPunct(i + 1, '-') || t.IsPunct(i + 1, '/')) && t.Touches(i + 1) && t.IsNumber(i + 2) && t[i + 2].Length <= 2)
        {
            var m = t.NumberAt(i + 2);
            var separator = t[i + 1].Value;
            var end = i + 2;
            int? year = null;
            if (t.Touches(i + 2) && t.IsPunct(i + 3, (char)separator) && t.Touches(i + 3) && t.IsNumber(i + 4))
            {
                year = t.NumberAt(i + 4);
                end = i + 4;
                if (year is > 99 and < 2000)
                {
                    return false;
                }
            }
            else if (t.Touches(i + 2) && (t.IsPunct(i + 3, '-') || t.IsPunct(i + 3, '/')))
            {
                return false;
            }

            if (IsQuantityNoun(t.W(end + 1)) || t.IsPunct(i - 1, '-') || t.IsPunct(i - 1, '/'))
            {
                return false;
            }

            if (DayArithmetic.DayMonth(today, day, m, year) is { } date)
            {
                candidate = new DateCandidate(i, end, date, DateFlags.Explicit);
                return true;
            }
        }

        return false;
    }

    private static bool TryRangeStart(TokenizedText t, int i, int day, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        var j = i + 1;
        if (t.Is(j, "tot") && t.Is(j + 1, "en") && t.Is(j + 2, "met"))
        {
            j += 3;
        }
        else if (t.Is(j, "t") && t.IsPunct(j + 1, '/') && t.Is(j + 2, "m"))
        {
            j += 3;
        }
        else if (t.IsAny(j, "tot", "tm") || t.IsPunct(j, '-'))
        {
            j += 1;
        }
        else
        {
            return false;
        }

        if (!t.IsNumber(j) || !CalendarWords.Months.TryGetValue(t.W(j + 1), out var month) || t.NumberAt(j) < day)
        {
            return false;
        }

        if (DayArithmetic.DayMonth(today, day, month, null) is { } date)
        {
            candidate = new DateCandidate(i, j + 1, date, DateFlags.Explicit);
            return true;
        }

        return false;
    }

    private static bool TryDayOfMonth(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        if (!t.Touches(i) || !t.IsAny(i + 1, "e", "de", "ste") || t[i].Length > 2)
        {
            return false;
        }

        if (DayArithmetic.DayOfMonth(today, t.NumberAt(i)) is { } date)
        {
            candidate = new DateCandidate(i, i + 1, date, DateFlags.Explicit);
            return true;
        }

        return false;
    }

    /// <summary>Nouns that make a number a quantity, not a day or an hour.</summary>
    public static bool IsQuantityNoun(string word) => word is "portie" or "persoon" or "mens" or "mensen" or "stuks" or "stuk"
        or "maaltijd" or "bordje" or "bord" or "bakje" or "keer" or "x" or "euro" or "eu" or "jaar" or "dag" or "dagen" or "week"
        or "weken" or "minuten" or "minuut" or "uur" or "kinderen" or "kind" or "eters" or "volwassenen" or "pakjes" or "pannetje" or "kilo"
        or "kg" or "liter" or "cm" or "meter" or "m" or "km" or "kilometer" or "procent" or "graden";
}
