using System.Data;
using System.Diagnostics.Metrics;
using BuurtBot.Data;
using BuurtBot.Observability;
using BuurtBot.Outbox;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using BuurtBot.Channels.Outbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace BuurtBot.Tests.Data;

/// <summary>
/// The claims that keep several instances apart, as EF Core writes them for SQL Server (no server here: the
/// commands are captured, not run). Each claim is one UPDATE whose WHERE checks again that the row is free, so
/// the row lock SQL Server takes for the update decides which instance gets it.
/// </summary>
public sealed class SqlServerClaimsTests
{
    [Fact]
    public async Task A_conversation_lease_is_taken_with_one_conditional_update_and_let_go_only_by_its_holder()
    {
        var capture = new SqlServerCommandCapture(rowsAffected: 1);
        await using var services = Services(capture);
        var leases = ActivatorUtilities.CreateInstance<DatabaseConversationLeases>(services);

        await using (await leases.AcquireAsync("+31611111111", CancellationToken.None))
        {
        }

        Assert.Equal(2, capture.Commands.Count);
        var take = capture.Commands[0];
        Assert.StartsWith("UPDATE [c]", take.Trim(), StringComparison.Ordinal);
        Assert.Contains("FROM [ConversationLeases] AS [c]", take, StringComparison.Ordinal);
        Assert.Contains("[c].[Holder] IS NULL OR [c].[HeldUntil] < @", take, StringComparison.Ordinal);
        var release = capture.Commands[1];
        Assert.Contains("[c].[Holder] = @", release, StringComparison.Ordinal);
        Assert.Contains("[Holder] = NULL", release, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_rows_are_claimed_by_an_update_that_checks_again_they_are_due_and_their_recipient_has_nothing_in_flight()
    {
        var capture = new SqlServerCommandCapture(rowsAffected: 2, sql => sql.Contains("UPDATE", StringComparison.Ordinal) ? new DataTable() : Ids(sql, 7, 8));
        await using var services = Services(capture);
        var metrics = new BuurtBotMetrics(services.GetRequiredService<IMeterFactory>());
        var options = Options.Create(new OutboxOptions());
        var dispatcher = new OutboxDispatcher(
            services.GetRequiredService<IServiceScopeFactory>(), Mock.Of<IOutboundTransport>(),
            new OutboxBacklog(options, TimeProvider.System, metrics, NullLogger<OutboxBacklog>.Instance), TimeProvider.System,
            options, metrics, NullLogger<OutboxDispatcher>.Instance);

        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        var claim = Assert.Single(capture.Commands, c => c.TrimStart().StartsWith("UPDATE", StringComparison.Ordinal));
        Assert.Matches(@"SET \[o\]\.\[Status\] = @\w+,\s+\[o\]\.\[ClaimToken\] = @\w+,\s+\[o\]\.\[ClaimedUntil\] = @\w+\s+FROM \[OutboxMessages\]", claim);
        Assert.Contains("[o].[Status] = N'Pending' AND [o].[NextAttemptAt] <= @", claim, StringComparison.Ordinal);
        Assert.Contains("[o].[Status] = N'Sending' AND [o].[ClaimedUntil] < @", claim, StringComparison.Ordinal);
        // The recipient-in-flight check, in the same statement.
        Assert.Contains("[o].[To] NOT IN (", claim, StringComparison.Ordinal);
        Assert.Contains("WHERE [o0].[Status] = N'Sending' AND [o0].[ClaimedUntil] >= @", claim, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduled_tasks_are_claimed_by_an_update_that_checks_again_they_are_due()
    {
        var capture = new SqlServerCommandCapture(rowsAffected: 1, sql => sql.Contains("UPDATE", StringComparison.Ordinal) ? new DataTable() : Ids(sql, 3));
        await using var services = Services(capture);
        var runner = new TaskRunner(
            services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Options.Create(new SchedulerOptions()), NullLogger<TaskRunner>.Instance);

        await runner.RunDueAsync(CancellationToken.None);

        var claim = Assert.Single(capture.Commands, c => c.TrimStart().StartsWith("UPDATE", StringComparison.Ordinal));
        Assert.Matches(@"SET \[s\]\.\[Status\] = @\w+,\s+\[s\]\.\[ClaimToken\] = @\w+,\s+\[s\]\.\[ClaimedUntil\] = @\w+\s+FROM \[ScheduledTasks\]", claim);
        Assert.Contains("[s].[Status] = N'Pending' AND [s].[DueAt] <= @", claim, StringComparison.Ordinal);
        Assert.Contains("[s].[Status] = N'Running' AND [s].[ClaimedUntil] < @", claim, StringComparison.Ordinal);
    }

    private static DataTable Ids(string sql, params long[] ids)
    {
        var table = new DataTable();
        if (sql.Contains("SELECT TOP", StringComparison.Ordinal) && !sql.Contains("LastWhatsAppAt", StringComparison.Ordinal))
        {
            table.Columns.Add("Id", typeof(long));
            table.Columns.Add("Expired", typeof(bool));
            table.Columns.Add("NextAttemptAt", typeof(long)); // UTC ticks, as stored
            foreach (var id in ids)
            {
                table.Rows.Add(id, false, DateTimeOffset.UnixEpoch.UtcTicks);
            }
        }

        return table;
    }

    private static ServiceProvider Services(SqlServerCommandCapture capture)
    {
        var services = new ServiceCollection();
        services.AddDbContext<BuurtBotDbContext, SqlServerBuurtBotDbContext>(options => options
            .UseSqlServer(ProviderContexts.UnreachableSqlServer)
            .AddInterceptors(capture));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new DatabaseOptions()));
        services.AddLogging();
        services.AddMetrics();
        return services.BuildServiceProvider();
    }
}
