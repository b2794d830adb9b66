namespace BuurtBot.Dialogs.Understanding;

/// <summary>Days written with numbers: "12 maart", "12-3", "12/03/2027", "de 12e", and the first day of "1 tot 12 december".</summary>
internal static class NumericDates
{
    public static bool TryNumericDate(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
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

            if (DateFinder.IsQuantityNoun(t.W(end + 1)) || t.IsPunct(i - 1, '-') || t.IsPunct(i - 1, '/'))
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
        else if (t.IsAny(j, "tot", "tm") || t.IsPunct(j, '-') || (t.Is(j, "en") && t.Is(i - 1, "tussen")))
        {
            // "tussen 24 en 31 december" too.
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

    public static bool TryDayOfMonth(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
    {
        candidate = default;
        if (!t.Touches(i) || !t.IsAny(i + 1, "e", "de", "ste") || t[i].Length > 2)
        {
            return false;
        }

        if (t.IsAny(i + 2, "verdieping", "etage", "keer", "klas", "plaats", "plek", "kind", "kleinkind", "helft", "ronde", "deel", "poging", "huis", "portie", "persoon")
            || Vocabulary.IsNoun(t.W(i + 2)))
        {
            // "2e verdieping", "de 3e keer", "1e klas": an ordinal for something else than a day.
            return false;
        }

        if (DayArithmetic.DayOfMonth(today, t.NumberAt(i)) is { } date)
        {
            candidate = new DateCandidate(i, i + 1, date, DateFlags.Explicit);
            return true;
        }

        return false;
    }
}
