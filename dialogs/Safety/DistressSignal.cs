namespace BuurtBot.Dialogs.Safety;

/// <summary>A message that signals distress or danger, and why.</summary>
public sealed record DistressSignal(DistressCategory Category)
{
    /// <summary>The category as a short code for logs and coordinators: fall, breathing, chest_pain, not_eating, unresponsive, fire, bleeding, self_harm, generic_emergency.</summary>
    public string Code => Category switch
    {
        DistressCategory.SelfHarm => "self_harm",
        DistressCategory.Unresponsive => "unresponsive",
        DistressCategory.Breathing => "breathing",
        DistressCategory.ChestPain => "chest_pain",
        DistressCategory.Fire => "fire",
        DistressCategory.Bleeding => "bleeding",
        DistressCategory.Fall => "fall",
        DistressCategory.NotEating => "not_eating",
        _ => "generic_emergency",
    };
}
