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
                return RelativeDates.TryDaysAhead(t, i, today, out candidate);
            case "de" when t.IsNumber(i + 1):
                return NumericDates.TryDayOfMonth(t, i + 1, today, out candidate) && Shift(ref candidate, i);
        }

        if (CalendarWords.Weekdays.TryGetValue(w, out var weekday) ||
            (CalendarWords.WeekdayAbbreviations.TryGetValue(w, out weekday) && WeekdayDates.AbbreviationIsDay(t, i)))
        {
            return WeekdayDates.TryWeekday(t, i, weekday, today, out candidate);
        }

        if (t.IsNumber(i))
        {
            return NumericDates.TryNumericDate(t, i, today, out candidate) || NumericDates.TryDayOfMonth(t, i, today, out candidate);
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

    /// <summary>Nouns that make a number a quantity, not a day or an hour.</summary>
    public static bool IsQuantityNoun(string word) => word is "portie" or "persoon" or "mens" or "mensen" or "stuks" or "stuk"
        or "maaltijd" or "bordje" or "bord" or "bakje" or "keer" or "x" or "euro" or "eu" or "jaar" or "dag" or "dagen" or "week"
        or "weken" or "minuten" or "minuut" or "uur" or "kinderen" or "kind" or "eters" or "volwassenen" or "pakjes" or "pannetje" or "kilo"
        or "kg" or "liter" or "cm" or "meter" or "m" or "km" or "kilometer" or "procent" or "graden";
}
