namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// Tells a message that signals distress or danger ("ik ben gevallen en kan niet opstaan", "pijn op de borst",
/// "HELP!!!", "ik wil niet meer leven") from an ordinary request that mentions illness or a fall in passing
/// ("mijn moeder is vorige maand gevallen, kan iemand boodschappen doen"). When in doubt it says distress: a needless
/// check by a coordinator costs little, a missed emergency a great deal. "help" alone is the menu, not distress.
/// Pure and thread-safe; reads the first <see cref="MaxLength"/> characters.
/// </summary>
public static class DistressRecognizer
{
    /// <summary>How much of a message is read (a long SMS is about 1,600 characters).</summary>
    public const int MaxLength = 5000;

    public static bool IsDistress(string? text) => Recognize(text) is not null;

    /// <returns>The most urgent distress the message signals, or null when it signals none.</returns>
    public static DistressSignal? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        DistressCategory? found = null;
        var calm = DistressLexicon.Canonical(text.Length > MaxLength ? text[..MaxLength] : text);
        foreach (var raw in PlainText.Sentences(text, MaxLength))
        {
            var sentence = DistressLexicon.Canonical(raw);
            if (sentence.Length == 0)
            {
                continue;
            }

            var pastSaid = DistressPatterns.PastMarker().IsMatch(sentence)
                || (DistressPatterns.RecentOrReassured().IsMatch(sentence) && DistressPatterns.CalmRequest().IsMatch(calm));
            foreach (var rule in DistressRule.All)
            {
                if ((found is null || rule.Category < found) && rule.FiresIn(sentence, pastSaid))
                {
                    found = rule.Category;
                }
            }

            if ((found is null || DistressCategory.NotEating < found) && DistressPatterns.NotEatingWords().IsMatch(sentence)
                && DistressPatterns.SeveralDays().IsMatch(sentence))
            {
                found = DistressCategory.NotEating;
            }

            if (found == DistressCategory.SelfHarm)
            {
                break;
            }
        }

        if (found is null && CryForHelp.IsIn(text))
        {
            found = DistressCategory.GenericEmergency;
        }

        return found is { } category ? new DistressSignal(category) : null;
    }
}
