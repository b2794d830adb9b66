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

    /// <summary>
    /// Once the oldest message due has waited this long, new turns are held back until the outbox has caught up (below
    /// half of this) or for <see cref="MaxTurnHold"/> each, so the replies of earlier turns go out first.
    /// </summary>
    public TimeSpan HoldTurnsWhenBehind { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest a new turn is held back while the outbox is behind; zero never holds a turn.</summary>
    public TimeSpan MaxTurnHold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>On shutdown, how long sends already handed to the channel may take to finish.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);
}
