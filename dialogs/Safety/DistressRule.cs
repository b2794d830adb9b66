using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// One distress pattern. An event (<paramref name="PastExcuses"/>) is excused by a past-time marker in its sentence
/// ("vorige maand gevallen") unless a present marker stands just before it ("net gevallen"); a state never is.
/// </summary>
internal sealed record DistressRule(DistressCategory Category, Regex Pattern, bool PastExcuses = false)
{
    public static readonly IReadOnlyList<DistressRule> All =
    [
        new(DistressCategory.SelfHarm, DistressPatterns.SelfHarm()),
        new(DistressCategory.Unresponsive, DistressPatterns.Unresponsive()),
        new(DistressCategory.Unresponsive, DistressPatterns.Fainted(), PastExcuses: true),
        new(DistressCategory.Breathing, DistressPatterns.Breathing()),
        new(DistressCategory.ChestPain, DistressPatterns.ChestPain()),
        new(DistressCategory.ChestPain, DistressPatterns.HeartAttack(), PastExcuses: true),
        new(DistressCategory.Fire, DistressPatterns.FireState()),
        new(DistressCategory.Fire, DistressPatterns.FireEvent(), PastExcuses: true),
        new(DistressCategory.Bleeding, DistressPatterns.Bleeding()),
        new(DistressCategory.Fall, DistressPatterns.FallState()),
        new(DistressCategory.Fall, DistressPatterns.FallEvent(), PastExcuses: true),
        new(DistressCategory.GenericEmergency, DistressPatterns.GenericState()),
        new(DistressCategory.GenericEmergency, DistressPatterns.GenericEvent(), PastExcuses: true),
    ];

    /// <summary>True when this rule fires in <paramref name="sentence"/> (canonical spelling).</summary>
    public bool FiresIn(string sentence, bool pastSaid)
    {
        for (var match = Pattern.Match(sentence); match.Success; match = match.NextMatch())
        {
            if (!PastExcuses || !pastSaid || PresentJustBefore(sentence, match.Index))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PresentJustBefore(string sentence, int index)
    {
        var start = index;
        for (var words = 0; start > 0 && words < 4; start--)
        {
            if (sentence[start - 1] == ' ')
            {
                words++;
            }
        }

        return DistressPatterns.PresentMarker().IsMatch(sentence.AsSpan(start, index - start));
    }
}
