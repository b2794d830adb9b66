namespace BuurtBot.Dialogs.Understanding;

/// <summary>Who does what a verb says: the sender, the neighbours asked, or a third person the sender speaks of.</summary>
internal enum Perspective
{
    Unknown,

    /// <summary>"ik", "we", or a sentence that starts with the verb ("kook vrijdag nasi").</summary>
    First,

    /// <summary>"iemand", "wie", "jullie", "mensen die", "kunt u".</summary>
    Others,

    /// <summary>"mijn vader", "hij", "ze".</summary>
    Third,
}
