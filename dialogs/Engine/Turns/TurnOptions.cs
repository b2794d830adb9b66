namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>How turns are run.</summary>
public sealed class TurnOptions
{
    /// <summary>How often a turn is run again after losing a write race with another turn (another process).</summary>
    public int MaxConflictRetries { get; set; } = 10;

    /// <summary>The longest pause before running a turn again; pauses grow from 5 ms and are jittered.</summary>
    public TimeSpan MaxConflictBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The one apology sent when a turn fails; the conversation then starts afresh.</summary>
    public string ErrorReply { get; set; } = "Sorry, er ging bij ons iets mis. Wilt u uw bericht nog een keer sturen?";
}
