using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Observability;
using Microsoft.Extensions.Options;

namespace BuurtBot.Outbox;

/// <summary>
/// How far behind the outbox is, as its dispatcher last found it, and what follows for new turns: once the oldest
/// message due has waited <see cref="OutboxOptions.HoldTurnsWhenBehind"/> or longer, a new turn waits until the
/// dispatcher has caught up (below half of that) or for <see cref="OutboxOptions.MaxTurnHold"/>, whichever comes first.
/// Turns and sending share the CPU and the database. When more turns come in than the machine can answer, this keeps
/// the replies of earlier turns going out, which is what people wait for, rather than taking on ever more new turns,
/// whose webhooks Twilio lets wait up to 15 s.
/// </summary>
public sealed partial class OutboxBacklog(
    IOptions<OutboxOptions> options, TimeProvider time, BuurtBotMetrics metrics, ILogger<OutboxBacklog> logger) : ITurnAdmission
{
    /// <summary>Behind for this long is worth a warning (a short spell under a burst is not: the held-turns metric counts those).</summary>
    private static readonly TimeSpan LongBehind = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private TaskCompletionSource? _caughtUp;
    private long _behindSince;

    /// <summary>Whether new turns are held back now.</summary>
    public bool IsBehind => Volatile.Read(ref _caughtUp) is not null;

    /// <summary>What the dispatcher found due: how long the oldest of it has waited (zero when nothing was due).</summary>
    public void Observe(TimeSpan oldestWaited)
    {
        var behindAt = options.Value.HoldTurnsWhenBehind;
        lock (_gate)
        {
            if (_caughtUp is null && oldestWaited >= behindAt)
            {
                _caughtUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _behindSince = time.GetTimestamp();
                LogBehind(logger, (long)oldestWaited.TotalMilliseconds);
            }
            else if (_caughtUp is not null && oldestWaited < behindAt / 2)
            {
                _caughtUp.TrySetResult();
                _caughtUp = null;
                var behind = time.GetElapsedTime(_behindSince);
                if (behind >= LongBehind)
                {
                    LogCaughtUpAfterLong(logger, (long)behind.TotalMilliseconds);
                }
                else
                {
                    LogCaughtUp(logger, (long)behind.TotalMilliseconds);
                }
            }
        }
    }

    /// <summary>
    /// Holds the turn while the outbox is behind, except on a phone call: there the answer is spoken in the call itself,
    /// not sent through the outbox, and the caller waits on the line for it.
    /// </summary>
    public ValueTask WaitAsync(Activity activity, CancellationToken cancellationToken)
    {
        var caughtUp = Volatile.Read(ref _caughtUp);
        var limit = options.Value.MaxTurnHold;
        if (caughtUp is null || limit <= TimeSpan.Zero || activity.Channel == Channel.Voice)
        {
            return ValueTask.CompletedTask;
        }

        metrics.TurnHeld();
        return new ValueTask(HoldAsync(caughtUp.Task, limit, cancellationToken));
    }

    private async Task HoldAsync(Task caughtUp, TimeSpan limit, CancellationToken cancellationToken)
    {
        // Caught up, or the limit passed: either way the turn goes ahead. Only a cancelled turn stops here.
        await caughtUp.WaitAsync(limit, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The outbox is behind: its oldest message due has waited {WaitedMs} ms; new turns are held back until it catches up")]
    private static partial void LogBehind(ILogger logger, long waitedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The outbox caught up after {BehindMs} ms; new turns start at once again")]
    private static partial void LogCaughtUp(ILogger logger, long behindMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox was behind for {BehindMs} ms, and new turns were held back meanwhile; it has caught up")]
    private static partial void LogCaughtUpAfterLong(ILogger logger, long behindMs);
}
