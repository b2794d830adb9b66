using System.Collections.Concurrent;
using Channel = BuurtBot.Dialogs.Engine.Activities.Channel;
using ChannelReader = System.Threading.Channels.ChannelReader<BuurtBot.Outbox.OutboxDispatcher.PendingRecord>;
using ChannelWriter = System.Threading.Channels.ChannelWriter<BuurtBot.Outbox.OutboxDispatcher.PendingRecord>;
using BuurtBot.Channels.Outbound;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Outbox;

/// <summary>
/// Delivers stored messages. Claims are made in the database with a conditional update, so several bot
/// instances never send the same message; one person's messages go one at a time and in order; a retryable
/// failure is tried again later with growing, jittered pauses; a claim left by a crashed dispatcher expires.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOutboundTransport transport,
    OutboxBacklog backlog,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    BuurtBotMetrics metrics,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>
    /// Claims and sends one batch; returns how many messages were handled. On shutdown no new send starts,
    /// sends already under way get <see cref="OutboxOptions.ShutdownGrace"/> to finish, and claimed messages
    /// that were never started are released at once, so a restart sends them without waiting for the lease.
    /// </summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var (token, claimed) = await ClaimAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        using var inFlight = new CancellationTokenSource();
        await using var stopping = cancellationToken.Register(() => inFlight.CancelAfter(options.Value.ShutdownGrace));
        var notStarted = new ConcurrentDictionary<long, byte>(claimed.Select(m => KeyValuePair.Create(m.Id, (byte)0)));
        var records = System.Threading.Channels.Channel.CreateUnbounded<PendingRecord>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
        var recorder = RecordAllAsync(records.Reader, token);
        try
        {
            // One person's messages in order; different people in parallel.
            var byRecipient = claimed.GroupBy(m => m.To).Select(g => g.OrderBy(m => m.Id).ToList()).ToList();
            await Parallel.ForEachAsync(
                byRecipient,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism },
                async (messages, _) =>
                {
                    foreach (var message in messages)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            return;
                        }

                        notStarted.TryRemove(message.Id, out var _);
                        await SendAsync(message, records.Writer, inFlight.Token);
                    }
                });
        }
        finally
        {
            records.Writer.TryComplete();
            await recorder;
            if (!notStarted.IsEmpty)
            {
                await ReleaseAsync(token, [.. notStarted.Keys]);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return claimed.Count;
    }

    private async Task ReleaseAsync(Guid token, IReadOnlyList<long> ids)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        using var write = await db.EnterWriteAsync(CancellationToken.None);
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.ClaimToken == token && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
    }

    private async Task<(Guid Token, IReadOnlyList<OutboundMessage> Messages)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();

        // Whoever has a message in flight waits until it is done, so their messages keep their order.
        var busy = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sending && m.ClaimedUntil >= now && m.ClaimToken != token).Select(m => m.To);
        var found = await db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
            .Where(m => !busy.Contains(m.To))
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, Expired = m.Status == OutboxStatus.Sending, m.NextAttemptAt })
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        // How long the oldest message due has waited (a claim that expired is a crash left behind, not a wait).
        backlog.Observe(now - found.Where(c => !c.Expired).Select(c => c.NextAttemptAt).DefaultIfEmpty(now).Min());
        if (found.Count == 0)
        {
            return (token, []);
        }

        var candidates = found.Select(c => c.Id).ToList();
        // A claim that expired mid-send belonged to a dispatcher that died: its send may have gone out unrecorded.
        var maybeSent = found.Where(c => c.Expired).Select(c => c.Id).ToHashSet();

        // The update checks the state again: a row another dispatcher claimed meanwhile is not taken, nor a row of
        // someone another dispatcher started sending to meanwhile (on SQLite the update runs alone, so this holds
        // exactly; on SQL Server the row locks of the update make it hold). From here on the claim is finished even when stopping, so no claim is left without its messages read.
        var until = now + options.Value.ClaimLease;
        using (await db.EnterWriteAsync(CancellationToken.None))
        {
            await db.OutboxMessages
                .Where(m => EF.Parameter(candidates).Contains(m.Id)) // one JSON parameter: the same SQL for any batch, cheap to prepare under the write lock
                .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
                .Where(m => !busy.Contains(m.To))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until),
                    CancellationToken.None);
        }

        var claimed = await db.OutboxMessages
            .AsNoTracking()
            .Where(m => m.ClaimToken == token)
            .OrderBy(m => m.Id)
            .Select(m => new OutboundMessage(
                m.Id, m.To, m.Channel, m.Text, m.CreatedAt, m.Attempts + 1,
                db.Members.Where(member => member.Phone == m.To).Select(member => member.LastWhatsAppAt).FirstOrDefault(),
                false))
            .ToListAsync(CancellationToken.None);
        return (token, [.. claimed.Select(m => maybeSent.Contains(m.Id) ? m with { MaybeSent = true } : m)]);
    }

    private async Task SendAsync(OutboundMessage message, ChannelWriter records, CancellationToken cancellationToken)
    {
        DeliveryAttempt attempt;
        try
        {
            attempt = (message.MaybeSent ? await AlreadySentAsync(message, cancellationToken) : null)
                ?? await transport.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTransportFailed(logger, ex, message.Id, message.Channel);
            attempt = DeliveryAttempt.RetryLater(ex.GetType().Name);
        }

        // What the channel answered is recorded even while shutting down: it has happened. The next message to the
        // same person waits until this one is recorded.
        var pending = new PendingRecord(message, attempt);
        records.TryWrite(pending);
        await pending.Recorded.Task;
    }

    /// <summary>
    /// Records the outcomes of the round's sends as they come in: whatever finished while the previous write ran
    /// is written together, with one read and one transaction (instead of one each per message).
    /// </summary>
    private async Task RecordAllAsync(ChannelReader records, Guid token)
    {
        await Task.Yield();
        var group = new List<PendingRecord>();
        while (await records.WaitToReadAsync(CancellationToken.None))
        {
            group.Clear();
            while (records.TryRead(out var pending))
            {
                group.Add(pending);
            }

            try
            {
                await RecordAsync(group, token, CancellationToken.None);
                group.ForEach(p => p.Recorded.TrySetResult());
            }
            catch (Exception ex)
            {
                group.ForEach(p => p.Recorded.TrySetException(ex));
            }
        }
    }

    /// <summary>
    /// For a message whose earlier send may have gone out unrecorded: the channel's record of it, if the channel has
    /// one that no other stored message claims, so it is not sent twice.
    /// </summary>
    private async Task<DeliveryAttempt?> AlreadySentAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (await transport.FindSentAsync(message, cancellationToken) is not { Count: > 0 } sent)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var taken = await db.OutboxMessages.Where(m => m.ProviderId != null && sent.Contains(m.ProviderId)).Select(m => m.ProviderId!).ToListAsync(cancellationToken);
        var providerId = sent.FirstOrDefault(id => !taken.Contains(id));
        if (providerId is null)
        {
            return null;
        }

        LogFoundSent(logger, message.Id, message.Channel);
        return DeliveryAttempt.Sent(providerId);
    }

    private async Task RecordAsync(IReadOnlyList<PendingRecord> group, Guid token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var ids = group.Select(p => p.Message.Id).ToList();
        var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var (sent, attempt) in group)
        {
            if (messages.TryGetValue(sent.Id, out var message))
            {
                await ApplyAsync(db, message, sent, token, attempt, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(
        BuurtBotDbContext db, OutboxMessage message, OutboundMessage sent, Guid token, DeliveryAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.ClaimToken != token)
        {
            // The send outlived the claim's lease and another instance took the message over: its outcome counts.
            LogClaimLost(logger, message.Id, sent.Channel);
            return;
        }

        switch (attempt.Outcome)
        {
            case DeliveryOutcome.Sent:
                message.MarkSent(attempt.ProviderId, now, attempt.SentOn);
                metrics.MessageSent(attempt.SentOn ?? sent.Channel, "sent");
                break;
            case DeliveryOutcome.RetryLater:
                message.ScheduleRetry(attempt.ErrorCode, now + RetryDelay(sent.Attempt), options.Value.MaxAttempts, now);
                LogRetry(logger, message.Id, sent.Channel, sent.Attempt, attempt.ErrorCode);
                metrics.MessageSent(sent.Channel, message.Status == OutboxStatus.Failed ? "failed" : "retry");
                break;
            case DeliveryOutcome.OptedOut:
                // The channel says the person opted out (Twilio 21610): record it, so nothing is tried again.
                message.MarkFailed(attempt.ErrorCode, now, optedOut: true);
                metrics.MessageSent(sent.Channel, "opted_out");
                (await db.Members.FirstOrDefaultAsync(m => m.Phone == message.To, cancellationToken))?.OptOut(now);
                break;
            default:
                message.MarkFailed(attempt.ErrorCode, now);
                LogFailed(logger, message.Id, sent.Channel, attempt.ErrorCode, Redact.PhonesIn(attempt.Error));
                metrics.MessageSent(sent.Channel, "failed");
                break;
        }
    }

    /// <summary>Exponential from the first delay, capped, with full jitter so retries of many messages spread out.</summary>
    private TimeSpan RetryDelay(int attempt)
    {
        var ceiling = Math.Min(options.Value.MaxRetryDelay.TotalMilliseconds, options.Value.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling / 2 + (Random.Shared.NextDouble() * ceiling / 2));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} on {Channel} had gone out before its sender stopped; recorded, not sent again")]
    private static partial void LogFoundSent(ILogger logger, long messageId, Channel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} on {Channel} was taken over by another instance while this one sent it; it may reach the person twice")]
    private static partial void LogClaimLost(ILogger logger, long messageId, Channel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox message {MessageId} on {Channel} threw; it will be retried")]
    private static partial void LogTransportFailed(ILogger logger, Exception exception, long messageId, Channel channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} on {Channel} not sent on attempt {Attempt} (code {ErrorCode}); retrying later")]
    private static partial void LogRetry(ILogger logger, long messageId, Channel channel, int attempt, int? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} on {Channel} failed permanently: code {ErrorCode} ({Error})")]
    private static partial void LogFailed(ILogger logger, long messageId, Channel channel, int? errorCode, string? error);

    /// <summary>A send's outcome waiting to be recorded; done when it is.</summary>
    internal sealed record PendingRecord(OutboundMessage Message, DeliveryAttempt Attempt)
    {
        public TaskCompletionSource Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
