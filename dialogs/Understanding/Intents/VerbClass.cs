namespace BuurtBot.Dialogs.Understanding;

/// <summary>What a verb does to the thing asked or offered.</summary>
internal enum VerbClass
{
    None,

    /// <summary>Gives food, a thing or time: koken, helpen, brengen, rijden, uitlenen, meenemen.</summary>
    Give,

    /// <summary>A job to be done: repareren, ophangen, maaien, uitlaten, boodschappen doen.</summary>
    Task,

    /// <summary>Receives: lenen, gebruiken, krijgen, (mee-)eten.</summary>
    Get,

    /// <summary>"nodig".</summary>
    Need,

    /// <summary>Looks for: zoeken, vragen.</summary>
    Ask,
}
