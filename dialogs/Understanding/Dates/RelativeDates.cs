namespace BuurtBot.Dialogs.Understanding;

/// <summary>"over twee dagen", "over een week".</summary>
internal static class RelativeDates
{
    public static bool TryDaysAhead(TokenizedText t, int i, DateOnly today, out DateCandidate candidate)
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
}
