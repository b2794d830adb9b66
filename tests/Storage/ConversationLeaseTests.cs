using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Storage;
using BuurtBot.Tests.Dialogs.Engine;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>
/// Two engines on one database file behave as two bot instances: a conversation's turns take turns through
/// the lease row in the database, not only through each process's own lock.
/// </summary>
public sealed class ConversationLeaseTests : IDisposable
{
    private const string Ria = "+31611111111";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Turns_of_one_conversation_sent_to_two_instances_never_overlap_while_other_conversations_run_alongside()
    {
        var probe = new OverlapProbe();
        await using var first = new EngineHost(_database.ConnectionString, _ => new SlowBot(probe));
        await using var second = new EngineHost(_database.ConnectionString, _ => new SlowBot(probe));
        var people = Enumerable.Range(0, 3).Select(i => $"+3161000000{i}").ToArray();

        // The bot here writes no state, so nothing but the lease keeps the two instances apart.
        var turns = people.SelectMany(phone => Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? first : second).SayAsync(phone, "hoi")));
        var replies = await Task.WhenAll(turns);

        Assert.All(replies, r => Assert.Equal(["klaar"], r));
        Assert.Equal(1, probe.MaxPerConversation);
        Assert.True(probe.MaxOverall > 1, "different conversations should run in parallel");
        var leases = await first.QueryAsync(db => db.ConversationLeases.AsNoTracking().ToListAsync());
        Assert.Equal(people.Order(), leases.Select(l => l.Key).Order());
        Assert.All(leases, l => Assert.Null(l.Holder)); // all let go
    }

    [Fact]
    public async Task A_turn_waits_while_another_instance_holds_the_conversation_and_runs_as_soon_as_it_lets_go()
    {
        await using var first = Counter();
        await using var second = Counter();
        var held = await first.Services.GetRequiredService<IConversationLeases>().AcquireAsync(Ria, CancellationToken.None);

        var waiting = second.SayAsync(Ria, "tel");
        await Task.Delay(400);
        Assert.False(waiting.IsCompleted, "the turn ran while another instance held the conversation");

        await held.DisposeAsync();
        Assert.Equal(["1"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_conversation_held_by_an_instance_that_died_is_taken_over_once_the_lease_expires()
    {
        await using var crashed = Counter();
        await using var survivor = Counter();
        _ = await crashed.Services.GetRequiredService<IConversationLeases>().AcquireAsync(Ria, CancellationToken.None); // never let go

        var waiting = survivor.SayAsync(Ria, "tel");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        survivor.Time.Advance(TimeSpan.FromSeconds(31)); // Database:ConversationLease is 30 s
        Assert.Equal(["1"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        var lease = await survivor.QueryAsync(db => db.ConversationLeases.AsNoTracking().SingleAsync());
        Assert.Null(lease.Holder);
    }

    [Fact]
    public async Task A_turn_lets_go_of_its_lease_in_the_same_write_as_its_state()
    {
        var writes = new WriteLog();
        await using var host = new EngineHost(
            _database.ConnectionString, sp => new CounterBot(sp.GetRequiredService<ConversationState>()),
            database: options => options.AddInterceptors(writes));

        Assert.Equal(["1"], await host.SayAsync(Ria, "tel"));
        Assert.Equal(["2"], await host.SayAsync(Ria, "tel"));

        // Each turn: the lease taken (a write of its own, before the turn reads anything), then one write with the
        // state and the lease let go together.
        Assert.Equal(2, writes.Where(w => w.Sql.Contains("\"StateEntries\"", StringComparison.Ordinal)).Count());
        Assert.All(
            writes.Where(w => w.Sql.Contains("\"StateEntries\"", StringComparison.Ordinal)),
            state => Assert.Contains(writes, w => w.Transaction == state.Transaction && w.Sql.StartsWith("UPDATE \"ConversationLeases\" SET", StringComparison.Ordinal)));
        Assert.DoesNotContain(writes, w => w.Sql.Contains("SET \"Holder\" = NULL", StringComparison.Ordinal)); // no release of its own
        var lease = await host.QueryAsync(db => db.ConversationLeases.AsNoTracking().SingleAsync());
        Assert.Null(lease.Holder);
    }

    [Fact]
    public async Task A_turn_that_outlived_its_lease_saves_its_work_and_leaves_the_new_holders_lease_alone()
    {
        var newHolder = Guid.NewGuid();
        EngineHost? other = null;
        await using var host = new EngineHost(_database.ConnectionString, sp => new TakenOverBot(
            sp.GetRequiredService<ConversationState>(),
            // Meanwhile the lease ran out and another instance took the conversation.
            () => other!.QueryAsync(db => db.ConversationLeases.Where(l => l.Key == Ria)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, newHolder).SetProperty(l => l.HeldUntil, DateTimeOffset.MaxValue)))));
        await using var otherInstance = Counter();
        other = otherInstance;

        Assert.Equal(["1"], await host.SayAsync(Ria, "tel"));

        var lease = await host.QueryAsync(db => db.ConversationLeases.AsNoTracking().SingleAsync());
        Assert.Equal(newHolder, lease.Holder);
        var state = await host.QueryAsync(db => db.StateEntries.AsNoTracking().SingleAsync(e => e.Key == $"conversation/{Ria}"));
        Assert.Contains("\"turns\":1", state.Json, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The writes the bot's contexts sent, with the transaction each ran in.</summary>
    private sealed class WriteLog : DbCommandInterceptor, IEnumerable<(string Sql, DbTransaction? Transaction)>
    {
        private readonly ConcurrentQueue<(string Sql, DbTransaction? Transaction)> _writes = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public IEnumerator<(string Sql, DbTransaction? Transaction)> GetEnumerator() => _writes.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private void Record(DbCommand command)
        {
            // A batch of a save holds several statements; each is recorded with the batch's transaction.
            foreach (var statement in command.CommandText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (statement.StartsWith("UPDATE", StringComparison.Ordinal) || statement.StartsWith("INSERT", StringComparison.Ordinal))
                {
                    _writes.Enqueue((statement, command.Transaction));
                }
            }
        }
    }

    /// <summary>Counts like <see cref="CounterBot"/>, and in the middle of its turn lets something else happen.</summary>
    private sealed class TakenOverBot(ConversationState conversationState, Func<Task<int>> meanwhile) : IBot
    {
        private readonly CounterBot _counter = new(conversationState);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await _counter.OnTurnAsync(turnContext, cancellationToken);
            await meanwhile();
        }
    }

    private EngineHost Counter() =>
        new(_database.ConnectionString, sp => new CounterBot(sp.GetRequiredService<ConversationState>()));
}
