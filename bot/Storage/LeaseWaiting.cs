using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Storage;

/// <summary>
/// Waiting for a conversation another instance holds: one try after another, with short jittered pauses that grow
/// to at most 50 ms, and one warning when the wait grows long. Shared by the ways a conversation is held
/// (<see cref="DatabaseConversationLeases"/>, <see cref="FileConversationLeases"/>).
/// </summary>
internal static partial class LeaseWaiting
{
    private static readonly TimeSpan LongWait = TimeSpan.FromSeconds(5);

    /// <summary>Calls <paramref name="tryTake"/> until it returns a lease; logs a warning once after 5 s.</summary>
    public static async Task<IAsyncDisposable> UntilTakenAsync(
        string conversationId, Func<CancellationToken, Task<IAsyncDisposable?>> tryTake, ILogger logger, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var warned = false;
        for (var attempt = 1; ; attempt++)
        {
            if (await tryTake(cancellationToken) is { } lease)
            {
                return lease;
            }

            if (!warned && waited.Elapsed > LongWait)
            {
                warned = true;
                LogLongWait(logger, Redact.Phone(conversationId), waited.Elapsed.TotalSeconds);
            }

            // Real time on purpose: this is about another process finishing its turn, not about the bot's clock.
            var ceiling = Math.Min(50, 2 * Math.Pow(2, Math.Min(attempt, 5)));
            await Task.Delay(TimeSpan.FromMilliseconds(1 + (Random.Shared.NextDouble() * ceiling)), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waited {Seconds:0.0} s for conversation {Conversation}, held by another instance")]
    private static partial void LogLongWait(ILogger logger, string conversation, double seconds);
}
