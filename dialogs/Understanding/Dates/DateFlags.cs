namespace BuurtBot.Dialogs.Understanding;

/// <summary>How a date said in a message relates to the request.</summary>
[Flags]
internal enum DateFlags
{
    None = 0,

    /// <summary>"niet vandaag".</summary>
    NegatedBefore = 1,

    /// <summary>"vandaag niet".</summary>
    NegatedAfter = 2,

    /// <summary>"tot donderdag": the end of a period, not the day asked for.</summary>
    RangeEnd = 4,

    /// <summary>"dinsdag of woensdag": one of several days.</summary>
    Alternative = 8,

    /// <summary>A weekday name, which an explicit date right after it replaces ("zaterdag 28 november").</summary>
    Weekday = 16,

    /// <summary>A day and month written out.</summary>
    Explicit = 32,

    /// <summary>Dropped in favour of another mention.</summary>
    Covered = 64,
}
