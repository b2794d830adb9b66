namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds a part of the day ("vanavond", "'s ochtends", "zaterdagmiddag", "morgen vroeg").
/// Greetings ("goedemorgen", "goede avond") are not parts of the day; two different parts
/// ("'s ochtends of 's middags") give none.
/// </summary>
internal static class PartOfDayFinder
{
    public static PartOfDay? Find(TokenizedText t)
    {
        PartOfDay? found = null;
        for (var i = 0; i < t.Count; i++)
        {
            var part = At(t, i);
            if (part is null || t.IsAny(i - 1, "goede", "goeie", "fijne", "prettige", "niet") || IsNegated(t, i))
            {
                continue;
            }

            if (found is { } earlier && earlier != part)
            {
                return null;
            }

            found = part;
        }

        return found;
    }

    /// <summary>The part of day token <paramref name="i"/> names, if any.</summary>
    public static PartOfDay? At(TokenizedText t, int i) => t.W(i) switch
    {
        "vanavond" or "vannacht" or "avond" or "nacht" => PartOfDay.Evening,
        "vanmiddag" or "middag" => PartOfDay.Afternoon,
        "vanochtend" or "vanmorgen" or "ochtend" or "morgens" => PartOfDay.Morning,
        "morgen" when t.IsAny(i - 1, "'s", "s", "de", "deze", "hele") => PartOfDay.Morning,
        "vroeg" when t.IsAny(i - 1, "morgen", "morgenochtend") || (t.Is(i - 1, "'s") && t.Is(i + 1, "morgens")) => PartOfDay.Morning,
        _ => null,
    };

    private static bool IsNegated(TokenizedText t, int i)
    {
        var before = i - 1;
        if (t.IsAny(before, "'s", "s", "de", "in"))
        {
            before--;
        }

        if (t.IsAny(before, "de", "in"))
        {
            before--;
        }

        return t.Is(before, "niet");
    }
}
