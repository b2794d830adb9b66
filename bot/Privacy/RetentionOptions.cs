namespace BuurtBot.Privacy;

/// <summary>How long message texts are kept (section "Retention").</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Texts of messages (both ways), relayed messages, questions and coordinator summaries older than this many days are blanked.</summary>
    public int MessageDays { get; set; } = 90;

    /// <summary>How often the purge runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
