namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>How turns are run.</summary>
public sealed class TurnOptions
{
    public const string Section = "Turns";

    /// <summary>How often a turn is run again after losing a write race with another turn (another process).</summary>
    public int MaxConflictRetries { get; set; } = 10;

    /// <summary>The longest pause before running a turn again; pauses grow from 5 ms and are jittered.</summary>
    public TimeSpan MaxConflictBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How many turns run at once in this process; the others wait (roughly in arrival order) before they touch the
    /// database. On two cores, 64 turns at once made every one of them slower and starved the outbox, which shares
    /// the same CPU: replies reached Twilio 28 s (p50) after their turn. With 4 (the default here: two per core) they
    /// left within 19 ms (p50), 1.7-2.1 s at p99, at about the same turns per second (bench/RESULTS.md). Once a turn
    /// no longer wrote a lease row first (on SQLite), four turns at once took so much of the CPU that replies waited
    /// 7-11 s (p50) in <c>soak.sh 165 64</c>; with three (the default: one more than the cores) 50 ms (p50), 2.2 s (p99).
    /// Since new turns also wait while the outbox is behind (the bot's <c>OutboxBacklog</c>), 0.31-0.35 s (p99); four at
    /// once then carried no more turns and the replies waited twice as long (p50).
    /// </summary>
    public int MaxConcurrentTurns { get; set; } = Environment.ProcessorCount + 1;

    /// <summary>The one apology sent when a turn fails; the conversation then starts afresh.</summary>
    public string ErrorReply { get; set; } = "Sorry, er ging bij ons iets mis. Wilt u uw bericht nog een keer sturen?";
}
