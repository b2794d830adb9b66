using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Storage;
using BuurtBot.Tests.Dialogs.Engine;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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

    public void Dispose() => _database.Dispose();

    private EngineHost Counter() =>
        new(_database.ConnectionString, sp => new CounterBot(sp.GetRequiredService<BuurtBot.Dialogs.Engine.State.ConversationState>()));
}
