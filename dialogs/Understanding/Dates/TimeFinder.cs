namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds the first clock time in a message: "18:30", "18.30", "18u30", "6 uur", "om zes",
/// "om zessen", "half zeven", "kwart over vijf", "kwart voor zes", "tien over half zes",
/// "een uur of zes", "middernacht". The hour is as written; <see cref="HourRules"/> turns 1-12 into 24 h.
/// </summary>
internal static class TimeFinder
{
    public static ClockTime? Find(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (TryAt(t, i) is { } time)
            {
                return time;
            }
        }

        return null;
    }

    private static ClockTime? TryAt(TokenizedText t, int i)
    {
        if (t.IsNumber(i))
        {
            return Digits(t, i);
        }

        var w = t.W(i);
        switch (w)
        {
            case "half":
                return SpokenClock.Half(t, i, 0);
            case "kwart" when t.Is(i + 1, "over") && SpokenClock.Hour(t, i + 2) is { } h:
                return new ClockTime(h, 15, false);
            case "kwart" when t.Is(i + 1, "voor") && SpokenClock.Hour(t, i + 2) is { } h:
                return new ClockTime(h == 1 ? 12 : h - 1, 45, false);
            case "middernacht":
                return new ClockTime(0, 0, true);
            case "om" or "rond" or "rondom" or "omstreeks" or "tegen" or "vanaf" or "tussen" or "na" or "uiterlijk" or "tot":
                return AfterPreposition(t, i);
            case "uur" when t.Is(i + 1, "of") && SpokenClock.Hour(t, i + 2) is { } approx:
                return new ClockTime(approx, 0, false);
        }

        if (NumberWords.Cardinals.TryGetValue(w, out var value))
        {
            if (value <= 24 && t.Is(i + 1, "uur") && w != "een" && !IsDuration(t, i))
            {
                return SpokenClock.SpelledHour(t, i, value);
            }

            if (value is >= 1 and <= 29 && t.IsAny(i + 1, "over", "voor"))
            {
                return SpokenClock.MinutesPast(t, i, value);
            }
        }

        return null;
    }

    private static ClockTime? Digits(TokenizedText t, int i)
    {
        var h = t.NumberAt(i);
        if (h > 24 || t[i].Length > 2 || t.IsPunct(i - 1, '€') || t.IsPunct(i - 1, ',') && t.Touches(i - 1))
        {
            return null;
        }

        var padded = t[i].Length == 2 && t.Surface(i)[0] == '0';
        if (t.Touches(i) && (t.IsPunct(i + 1, ':') || t.IsPunct(i + 1, '.')) && t.Touches(i + 1) && t.IsNumber(i + 2) && t[i + 2].Length == 2)
        {
            var m = t.NumberAt(i + 2);
            var isDottedDate = t.IsPunct(i + 1, '.') && t.Touches(i + 2) && t.IsPunct(i + 3, '.') && t.IsNumber(i + 4);
            if (m > 59 || isDottedDate || IsPrice(t, i + 3))
            {
                return null;
            }

            return new ClockTime(h % 24, m, padded || h >= 13 || h == 0);
        }

        if (t.Touches(i) && t.IsAny(i + 1, "u", "h"))
        {
            var m = t.Touches(i + 1) && t.IsNumber(i + 2) && t[i + 2].Length == 2 ? t.NumberAt(i + 2) : 0;
            return m <= 59 ? new ClockTime(h % 24, m, padded || h >= 13 || h == 0) : null;
        }

        if (t.Is(i + 1, "uur") && !IsDuration(t, i))
        {
            var m = t.IsNumber(i + 2) && t.NumberAt(i + 2) is > 0 and <= 59 && t[i + 2].Length == 2 ? t.NumberAt(i + 2) : 0;
            return new ClockTime(h % 24, m, padded || h >= 13 || h == 0);
        }

        if (h is >= 1 and <= 29 && t.IsAny(i + 1, "over", "voor") && !t.Is(i + 2, "de"))
        {
            return SpokenClock.MinutesPast(t, i, h);
        }

        return null;
    }

    private static bool IsPrice(TokenizedText t, int after) =>
        t.IsAny(after, "euro", "eu", "pp", "p", "per") || t.IsPunct(after, '€');

    /// <summary>"2 uur tijd", "voor twee uur", "een paar uur": a duration, not a clock time.</summary>
    private static bool IsDuration(TokenizedText t, int i) =>
        t.IsAny(i + 2, "tijd", "lang", "per", "werk", "bezig", "nodig") || t.IsAny(i - 1, "paar", "voor", "aantal", "enkele", "ruim", "binnen", "over");

    private static ClockTime? AfterPreposition(TokenizedText t, int i)
    {
        var j = i + 1;
        if (t.Is(j, "een") && t.Is(j + 1, "uur") && t.Is(j + 2, "of"))
        {
            return SpokenClock.Hour(t, j + 3) is { } approx ? new ClockTime(approx, 0, false) : null;
        }

        if (t.Is(j, "half"))
        {
            return SpokenClock.Half(t, j, 0);
        }

        if (t.IsNumber(j))
        {
            if (Digits(t, j) is { } written)
            {
                return written;
            }

            var h = t.NumberAt(j);
            if (h is >= 1 and <= 24 && t[j].Length <= 2 && !DateFinder.IsQuantityNoun(t.W(j + 1)) && !t.IsPunct(j + 1, '-') && !t.IsPunct(j + 1, '/')
                && !(t.IsAny(j + 1, "en", "tot") && t.IsNumber(j + 2) && CalendarWords.Months.ContainsKey(t.W(j + 3)))
                && !CalendarWords.Months.ContainsKey(t.W(j + 1)) && !(t.Touches(j) && t.IsAny(j + 1, "e", "de", "ste")))
            {
                return new ClockTime(h % 24, 0, h >= 13);
            }

            return null;
        }

        var w = t.W(j);
        if (NumberWords.Collectives.TryGetValue(w, out var collective) && w != "beiden")
        {
            return new ClockTime(collective, 0, false);
        }

        if (NumberWords.Cardinals.TryGetValue(w, out var spelled) && spelled is >= 13 and <= 24 && t.Is(j + 1, "uur"))
        {
            return SpokenClock.SpelledHour(t, j, spelled);
        }

        if (NumberWords.Cardinals.TryGetValue(w, out var word) && word is >= 1 and <= 12 && w != "een" && !DateFinder.IsQuantityNoun(t.W(j + 1)))
        {
            if (t.Is(j + 1, "uur"))
            {
                return SpokenClock.SpelledHour(t, j, word);
            }

            if (t.IsAny(j + 1, "over", "voor"))
            {
                return SpokenClock.MinutesPast(t, j, word);
            }

            return new ClockTime(word, 0, false);
        }

        return null;
    }
}
