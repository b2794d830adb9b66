namespace BuurtBot.Dialogs.Understanding;

/// <summary>Clock times said in words: "half zeven", "tien over half zes", "kwart voor", "achttien uur dertig".</summary>
internal static class SpokenClock
{
    /// <summary>"zes uur", "achttien uur dertig", "negentien uur", "twintig uur vijftien": the 24-hour clock said aloud.</summary>
    public static ClockTime SpelledHour(TokenizedText t, int i, int hour)
    {
        var minutes = 0;
        if (NumberWords.Cardinals.TryGetValue(t.W(i + 2), out var m) && m is >= 1 and <= 59 && t.W(i + 2) != "een" && !DateFinder.IsQuantityNoun(t.W(i + 3)))
        {
            minutes = m;
        }
        else if (t.IsNumber(i + 2) && t[i + 2].Length == 2 && t.NumberAt(i + 2) is >= 1 and <= 59)
        {
            minutes = t.NumberAt(i + 2);
        }

        return new ClockTime(hour % 24, minutes, hour >= 13);
    }

    public static ClockTime? Half(TokenizedText t, int i, int offset)
    {
        if (Hour(t, i + 1) is not { } h || t.Is(i + 2, "uur") && t.IsAny(i - 1, "een", "anderhalf"))
        {
            return null;
        }

        var hour = h == 1 ? 12 : h - 1;
        var minutes = 30 + offset;
        if (minutes < 0)
        {
            minutes += 60;
            hour = hour == 1 ? 12 : hour - 1;
        }

        return new ClockTime(hour, minutes % 60, false);
    }

    /// <summary>"vijf over zes", "tien voor zeven", "tien over half zes", "vijf voor half zeven".</summary>
    public static ClockTime? MinutesPast(TokenizedText t, int i, int minutes)
    {
        var past = t.Is(i + 1, "over");
        if (t.Is(i + 2, "half"))
        {
            return Half(t, i + 2, past ? minutes : -minutes);
        }

        if (Hour(t, i + 2) is not { } h || DateFinder.IsQuantityNoun(t.W(i + 3)) || t.IsAny(i + 3, "dag", "dagen", "week", "weken"))
        {
            return null;
        }

        if (past)
        {
            return new ClockTime(h, minutes, false);
        }

        return new ClockTime(h == 1 ? 12 : h - 1, 60 - minutes, false);
    }

    /// <summary>An hour 1-12 written in digits or words.</summary>
    public static int? Hour(TokenizedText t, int i)
    {
        if (t.IsNumber(i) && t[i].Length <= 2)
        {
            var h = t.NumberAt(i);
            return h is >= 1 and <= 12 ? h : null;
        }

        return NumberWords.Cardinals.TryGetValue(t.W(i), out var value) && value is >= 1 and <= 12 ? value : null;
    }
}
