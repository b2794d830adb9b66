using System.Diagnostics.Metrics;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Outbox;
using BuurtBot.Storage;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>Turns: saved state survives a restart, one conversation runs one turn at a time, nothing is lost.</summary>
public sealed class TurnPipelineTests : IDisposable
{
    private const string Ria = "+31611111111";
    private const string Kees = "+31622222222";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_conversation_continues_where_it_was_after_the_process_restarts_on_the_same_database_file()
    {
        await using (var before = Questionnaire())
        {
            await before.SayAsync(Ria, "hallo");
            Assert.Equal(["Hoe oud bent u?"], await before.SayAsync(Ria, "Ria"));
        }

        await using var after = Questionnaire();
        Assert.Equal(["Welke kleur? 1 rood, 2 blauw"], await after.SayAsync(Ria, "81"));
        await after.SayAsync(Ria, "1");
        await after.SayAsync(Ria, "morgen");
        Assert.Equal(["Genoteerd: Ria, 81, rood, 2026-11-24"], await after.SayAsync(Ria, "ja"));
    }

    [Fact]
    public async Task Turns_of_one_conversation_never_run_at_the_same_time_while_different_conversations_do()
    {
        var probe = new OverlapProbe();
        await using var host = new EngineHost(_database.ConnectionString, _ => new SlowBot(probe));
        var people = Enumerable.Range(0, 4).Select(i => $"+3161000000{i}").ToArray();

        var turns = people.SelectMany(phone => Enumerable.Range(0, 8).Select(_ => host.SayAsync(phone, "hoi")));
        var replies = await Task.WhenAll(turns);

        Assert.All(replies, r => Assert.Equal(["klaar"], r));
        Assert.Equal(1, probe.MaxPerConversation);
        Assert.True(probe.MaxOverall > 1, "different conversations should run in parallel");
        Assert.Equal(0, host.Services.GetRequiredService<ConversationLocks>().Count);
    }

    [Fact]
    public async Task While_the_outbox_is_behind_a_new_turn_waits_until_it_has_caught_up_and_is_then_answered()
    {
        var probe = new OverlapProbe();
        await using var host = new EngineHost(_database.ConnectionString, _ => new SlowBot(probe), turns: t => t.MaxConcurrentTurns = 2);
        var backlog = host.Services.GetRequiredService<OutboxBacklog>();
        using var held = new HeldTurnsCounter(host.Services.GetRequiredService<IMeterFactory>());
        backlog.Observe(TimeSpan.FromSeconds(2)); // the dispatcher found a reply that has waited 2 s

        var turn = host.SayAsync(Ria, "hoi");
        await Task.Delay(300);
        Assert.False(turn.IsCompleted);
        Assert.Equal(0, probe.MaxOverall); // the bot has not started on it
        Assert.Equal(0, await host.QueryAsync(db => db.OutboxMessages.CountAsync()));

        // Someone on a phone call is not held: the answer is spoken in the call, and they wait on the line for it.
        var call = Activity.Incoming(Channel.Voice, Kees, "hoi", host.Time.GetUtcNow());
        var spoken = await host.Turns.ProcessAsync(call, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["klaar"], spoken.Replies.Select(r => r.Text));
        Assert.False(turn.IsCompleted);

        backlog.Observe(TimeSpan.FromMilliseconds(200)); // still behind: 200 ms is not below half of 250 ms
        await Task.Delay(100);
        Assert.False(turn.IsCompleted);

        backlog.Observe(TimeSpan.Zero); // then it found nothing left waiting
        Assert.Equal(["klaar"], await turn.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(["klaar"], await host.SayAsync(Ria, "hoi")); // and the next turn goes ahead at once
        Assert.Equal(1, held.Count); // buurtbot.turns.held: the first SMS only
    }

    [Fact]
    public async Task Messages_of_one_person_held_back_together_are_answered_in_the_order_they_came()
    {
        await using var host = Questionnaire();
        var backlog = host.Services.GetRequiredService<OutboxBacklog>();
        backlog.Observe(TimeSpan.FromSeconds(2));

        var said = new[] { "hallo", "Ria", "81", "1" }.Select(text => host.SayAsync(Ria, text)).ToList();
        await Task.Delay(100);
        backlog.Observe(TimeSpan.Zero);

        Assert.Equal(
            [["Hoe heet u?"], ["Hoe oud bent u?"], ["Welke kleur? 1 rood, 2 blauw"], ["Welke dag?"]],
            await Task.WhenAll(said).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_turn_is_held_back_for_at_most_the_limit_while_the_outbox_stays_behind()
    {
        await using var host = new EngineHost(_database.ConnectionString, _ => new SlowBot(new OverlapProbe()));
        var backlog = host.Services.GetRequiredService<OutboxBacklog>();
        backlog.Observe(TimeSpan.FromSeconds(30));

        var turn = host.SayAsync(Ria, "hoi");
        host.Time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(200);
        Assert.False(turn.IsCompleted);

        host.Time.Advance(TimeSpan.FromMilliseconds(1)); // MaxTurnHold, 1 s by default, has passed
        Assert.Equal(["klaar"], await turn.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(backlog.IsBehind);
    }

    [Fact]
    public async Task No_more_turns_run_at_once_than_the_limit_the_others_wait_and_are_all_answered()
    {
        var probe = new OverlapProbe();
        await using var host = new EngineHost(_database.ConnectionString, _ => new SlowBot(probe), turns: t => t.MaxConcurrentTurns = 2);
        var people = Enumerable.Range(0, 8).Select(i => $"+3161000001{i}").ToArray();

        var replies = await Task.WhenAll(people.SelectMany(phone => Enumerable.Range(0, 3).Select(_ => host.SayAsync(phone, "hoi"))));

        Assert.Equal(24, replies.Length);
        Assert.All(replies, r => Assert.Equal(["klaar"], r));
        Assert.Equal(2, probe.MaxOverall);
        Assert.Equal(1, probe.MaxPerConversation);
        Assert.Equal(24, await host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_turn_waiting_for_a_conversation_a_killed_process_still_holds_does_not_keep_other_conversations_waiting()
    {
        var probe = new OverlapProbe();
        await using var host = new EngineHost(_database.ConnectionString, _ => new SlowBot(probe), turns: t => t.MaxConcurrentTurns = 1);
        var stuck = Activity.Incoming(Channel.Sms, Ria, "hoi", host.Time.GetUtcNow());
        await host.QueryAsync(async db =>
        {
            // The lease of a turn that was under way when its process was killed: it expires after 30 s.
            db.ConversationLeases.Add(new ConversationLease { Key = stuck.ConversationId, Holder = Guid.NewGuid(), HeldUntil = host.Time.GetUtcNow().AddSeconds(30) });
            return await db.SaveChangesAsync();
        });

        var waiting = host.Turns.ProcessAsync(stuck, CancellationToken.None);
        var others = Enumerable.Range(0, 3).Select(i => host.SayAsync($"+3161000002{i}", "hoi")).ToArray();
        var answered = await Task.WhenAll(others).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(answered, r => Assert.Equal(["klaar"], r));
        Assert.False(waiting.IsCompleted, "Ria's turn waits until the dead process's lease expires");
        host.Time.Advance(TimeSpan.FromSeconds(31));
        var ria = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["klaar"], ria.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Two_processes_on_one_database_file_lose_no_turn_and_count_every_turn_once()
    {
        await using var first = Counter();
        await using var second = Counter();

        var turns = Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? first : second).SayAsync(Ria, "tel"));
        var replies = (await Task.WhenAll(turns)).Select(r => int.Parse(Assert.Single(r), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Each turn saw the count of all turns before it: no update was lost, none counted twice.
        Assert.Equal(Enumerable.Range(1, 30), replies.Order());
        Assert.Equal(30, await first.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_turn_that_fails_gets_one_apology_the_conversation_starts_afresh_and_nothing_half_done_is_kept()
    {
        await using var host = Questionnaire();
        await host.SayAsync(Ria, "hallo");
        await host.SayAsync(Ria, "Ria");

        var apology = host.Services.GetRequiredService<IOptions<TurnOptions>>().Value.ErrorReply;
        Assert.Equal([apology], await host.SayAsync(Ria, "boom"));
        Assert.Equal(["Hoe heet u?"], await host.SayAsync(Ria, "hallo"));

        var sent = await host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        Assert.Equal(["Hoe heet u?", "Hoe oud bent u?", apology, "Hoe heet u?"], sent);
    }

    [Fact]
    public async Task Every_message_a_turn_sends_is_stored_in_the_outbox_with_the_turns_time()
    {
        await using var host = Questionnaire();
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await host.SayAsync(Ria, "hallo");

        var message = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(Ria, message.To);
        Assert.Equal("Hoe heet u?", message.Text);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(host.Time.GetUtcNow(), message.CreatedAt);
    }

    public void Dispose() => _database.Dispose();

    private EngineHost Questionnaire() =>
        new(_database.ConnectionString, sp => new QuestionnaireBot(sp.GetRequiredService<ConversationState>()));

    private EngineHost Counter() =>
        new(_database.ConnectionString, sp => new CounterBot(sp.GetRequiredService<ConversationState>()));

    /// <summary>Counts what this host's metrics record as held turns (other tests' hosts have meters of their own).</summary>
    private sealed class HeldTurnsCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public HeldTurnsCounter(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "buurtbot.turns.held" && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
