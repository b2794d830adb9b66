using BuurtBot.Data;
using BuurtBot.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Scheduling;

/// <summary>
/// Runs scheduled work that is due. Tasks are claimed in the database with a conditional update (as the outbox
/// is), so with several instances each task runs once; each runs in its own unit of work with the messages it sends,
/// and that unit of work commits only while the claim is still this runner's (the claim token is a concurrency
/// token): a runner that outlived its lease, or a task a turn cancelled meanwhile, leaves no trace.
/// </summary>
public sealed partial class TaskRunner(IServiceScopeFactory scopes, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<TaskRunner> logger)
{
    /// <summary>Runs the due tasks of one round; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var (token, claimed) = await ClaimAsync(cancellationToken);
        foreach (var id in claimed)
        {
            try
            {
                await RunAsync(id, token, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, ex, id);
            }
        }

        return claimed.Count;
    }

    private async Task<(Guid Token, IReadOnlyList<long> Ids)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var due = await db.ScheduledTasks
            .Where(t => (t.Status == ScheduledTaskStatus.Pending && t.DueAt <= now) || (t.Status == ScheduledTaskStatus.Running && t.ClaimedUntil < now))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (token, []);
        }

        var until = now + options.Value.ClaimLease;
        await db.ScheduledTasks
            .Where(t => due.Contains(t.Id))
            .Where(t => (t.Status == ScheduledTaskStatus.Pending && t.DueAt <= now) || (t.Status == ScheduledTaskStatus.Running && t.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, ScheduledTaskStatus.Running).SetProperty(t => t.ClaimToken, token).SetProperty(t => t.ClaimedUntil, until), cancellationToken);
        return (token, await db.ScheduledTasks.Where(t => t.ClaimToken == token).OrderBy(t => t.DueAt).Select(t => t.Id).ToListAsync(cancellationToken));
    }

    private async Task RunAsync(long taskId, Guid token, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<BuurtBotDbContext>();
            var task = await db.ScheduledTasks.SingleAsync(t => t.Id == taskId, cancellationToken);
            if (task.Status != ScheduledTaskStatus.Running || task.ClaimToken != token)
            {
                // Cancelled by a turn, or this claim expired and another instance took the task over.
                LogClaimLost(logger, taskId);
                return;
            }

            var request = await db.Requests.SingleAsync(r => r.Id == task.RequestId, cancellationToken);
            var now = time.GetUtcNow();
            switch (task.Kind)
            {
                case ScheduledTaskKind.NextWave:
                    await services.GetRequiredService<Matchmaker>().NextWaveAsync(request, now, cancellationToken);
                    break;
                case ScheduledTaskKind.Deadline:
                    await services.GetRequiredService<MatchClosing>().EscalateAsync(request, now, cancellationToken);
                    break;
                case ScheduledTaskKind.Reminder:
                    await services.GetRequiredService<MatchFollowUps>().RemindAsync(request, now, cancellationToken);
                    break;
                case ScheduledTaskKind.ReturnReminder:
                    await services.GetRequiredService<MatchFollowUps>().RemindReturnAsync(request, now, cancellationToken);
                    break;
                case ScheduledTaskKind.FollowUp:
                    await services.GetRequiredService<MatchFollowUps>().AskHowItWentAsync(request, now, cancellationToken);
                    break;
                case ScheduledTaskKind.NextOccurrence:
                    await services.GetRequiredService<Requests.RequestBook>().PlaceNextOccurrenceAsync(request, now, cancellationToken);
                    break;
            }

            task.Done(now);
            try
            {
                await db.SaveTurnChangesAsync(cancellationToken);
                return;
            }
            catch (Dialogs.Engine.State.StorageConflictException) when (attempt < 5)
            {
                // A turn changed the same request or the task meanwhile (someone said yes): look again on fresh data.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled task {TaskId} is no longer this runner's (cancelled or taken over); skipped")]
    private static partial void LogClaimLost(ILogger logger, long taskId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled task {TaskId} failed; it will be retried when its claim expires")]
    private static partial void LogFailed(ILogger logger, Exception exception, long taskId);
}
