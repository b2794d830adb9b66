using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Scheduling;

/// <summary>
/// A scheduled task's claim token is its concurrency token: whoever changes a task (a runner marking it done,
/// a turn cancelling it) succeeds only if nobody claimed it meanwhile, so a task's work never lands twice.
/// </summary>
public sealed class ScheduledTaskClaimTests : ConversationFixture
{
    private const string Henk = "+31633333333";

    [Fact]
    public async Task A_change_to_a_task_that_another_instance_claimed_meanwhile_is_refused_and_the_turn_runs_again()
    {
        var henk = await IdleMemberAsync(Henk, "Henk");
        await henk.SaysAsync("ik wil graag een ladder lenen van morgen tot woensdag");
        Assert.StartsWith("Dank u wel, uw vraag staat genoteerd.", (await henk.SaysAsync("ja"))[0]);

        await using var here = Context();
        var deadline = await here.ScheduledTasks.SingleAsync(t => t.Kind == ScheduledTaskKind.Deadline);
        Assert.Equal(ScheduledTaskStatus.Pending, deadline.Status);

        // Another instance's scheduler claims the task between this context reading it and saving.
        await using (var other = Context())
        {
            Assert.Equal(1, await other.ScheduledTasks.Where(t => t.Id == deadline.Id && t.Status == ScheduledTaskStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, ScheduledTaskStatus.Running).SetProperty(t => t.ClaimToken, Guid.NewGuid())));
        }

        deadline.Cancel(Server.Time.GetUtcNow());
        await Assert.ThrowsAsync<StorageConflictException>(() => here.SaveTurnChangesAsync(CancellationToken.None));

        Assert.Equal(ScheduledTaskStatus.Running, await Server.QueryAsync(db => db.ScheduledTasks.Where(t => t.Id == deadline.Id).Select(t => t.Status).SingleAsync()));
    }

    private BuurtBotDbContext Context()
    {
        var options = new DbContextOptionsBuilder<BuurtBotDbContext>();
        options.UseBuurtBotSqlite(ConnectionString);
        return new BuurtBotDbContext(options.Options);
    }
}
