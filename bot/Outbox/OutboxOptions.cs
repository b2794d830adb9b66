namespace BuurtBot.Outbox;

/// <summary>How the outbox is delivered (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Messages claimed per round.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How often the outbox is looked at when nobody signals new messages (retries, other instances).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim holds; a dispatcher that died releases its messages after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message that keeps failing with retryable errors is given up.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Messages sent at the same time (to different people; one person's messages go in order).</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>On shutdown, how long sends already handed to the channel may take to finish.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);
}
