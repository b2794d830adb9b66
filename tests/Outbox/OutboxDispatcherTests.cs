using BuurtBot.Channels.Outbound;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Outbox;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Outbox;

/// <summary>The outbox dispatcher on a real SQLite file, with Twilio's place taken by a scripted transport.</summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private const string Ria = "+31611111111";
    private const string Kees = "+31622222222";
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(BotServer.DefaultStart);

    public OutboxDispatcherTests()
    {
        using var db = NewContext();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    [Fact]
    public async Task A_stored_message_is_sent_once_and_marked_accepted_with_the_channels_id()
    {
        var transport = new ScriptedTransport();
        var id = await StoreAsync(Ria, "Welkom bij BuurtBot!");

        Assert.Equal(1, await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None));

        var sent = Assert.Single(transport.Sends);
        Assert.Equal((id, Ria, Channel.Sms, "Welkom bij BuurtBot!", 1), (sent.Id, sent.To, sent.Channel, sent.Text, sent.Attempt));
        var stored = await FindAsync(id);
        Assert.Equal(OutboxStatus.Queued, stored.Status);
        Assert.Equal($"SM{id:D32}", stored.ProviderId);
        Assert.Null(stored.ClaimToken);
    }

    [Fact]
    public async Task A_retryable_failure_is_tried_again_after_a_pause_and_not_before()
    {
        var transport = new ScriptedTransport();
        transport.Script(Ria, DeliveryAttempt.RetryLater("429", 20429));
        var id = await StoreAsync(Ria, "Hallo");
        var dispatcher = Dispatcher(transport);

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var waiting = await FindAsync(id);
        Assert.Equal((OutboxStatus.Pending, 1, 20429), (waiting.Status, waiting.Attempts, waiting.ErrorCode));
        Assert.InRange(waiting.NextAttemptAt - _time.GetUtcNow(), TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(5));

        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await dispatcher.DispatchOnceAsync(CancellationToken.None));

        Assert.Equal(OutboxStatus.Queued, (await FindAsync(id)).Status);
        Assert.Equal([1, 2], transport.Sends.Select(s => s.Attempt));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_the_last_attempt_and_a_permanent_error_at_once()
    {
        var transport = new ScriptedTransport();
        transport.Script(Ria, Enumerable.Repeat(DeliveryAttempt.RetryLater("500"), 10).ToArray());
        transport.Script(Kees, DeliveryAttempt.Failed("not a valid phone number", 21211));
        var flaky = await StoreAsync(Ria, "Hallo");
        var wrong = await StoreAsync(Kees, "Hallo");
        var dispatcher = Dispatcher(transport, o => o.MaxAttempts = 3);

        for (var round = 0; round < 6; round++)
        {
            await dispatcher.DispatchOnceAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(20));
        }

        Assert.Equal((OutboxStatus.Failed, 3), ((await FindAsync(flaky)).Status, (await FindAsync(flaky)).Attempts));
        Assert.Equal((OutboxStatus.Failed, 1, 21211), ((await FindAsync(wrong)).Status, (await FindAsync(wrong)).Attempts, (await FindAsync(wrong)).ErrorCode));
    }

    [Fact]
    public async Task One_persons_messages_are_sent_in_order_one_at_a_time_while_different_people_are_served_in_parallel()
    {
        var transport = new ScriptedTransport { Delay = TimeSpan.FromMilliseconds(20) };
        var people = Enumerable.Range(0, 6).Select(i => $"+3162000000{i}").ToArray();
        foreach (var round in Enumerable.Range(1, 4))
        {
            foreach (var person in people)
            {
                await StoreAsync(person, $"bericht {round}");
            }
        }

        await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None);

        foreach (var person in people)
        {
            Assert.Equal(["bericht 1", "bericht 2", "bericht 3", "bericht 4"], transport.Sends.Where(s => s.To == person).Select(s => s.Text));
        }

        Assert.True(transport.MaxInFlight > 1, "different people should be served in parallel");
    }

    [Fact]
    public async Task A_message_claimed_by_a_dispatcher_that_died_is_sent_when_its_claim_expires()
    {
        var id = await StoreAsync(Ria, "Hallo");
        await using (var db = NewContext())
        {
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.ClaimToken, Guid.NewGuid())
                .SetProperty(m => m.ClaimedUntil, _time.GetUtcNow().AddMinutes(2)));
        }

        var transport = new ScriptedTransport();
        var dispatcher = Dispatcher(transport);
        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await dispatcher.DispatchOnceAsync(CancellationToken.None));
        Assert.Equal(OutboxStatus.Queued, (await FindAsync(id)).Status);
    }

    [Fact]
    public async Task Finding_messages_that_waited_too_long_holds_new_turns_back_until_a_later_round_finds_none_waiting()
    {
        var twilio = new TaskCompletionSource();
        var (dispatcher, backlog) = DispatcherWithBacklog(new ScriptedTransport { Gate = twilio.Task });
        await StoreAsync(Ria, "Anna kookt morgen voor u.");
        await StoreAsync(Kees, "Welkom bij BuurtBot!");
        _time.Advance(TimeSpan.FromMilliseconds(300)); // they have waited 300 ms, longer than the 250 ms allowed

        var round = dispatcher.DispatchOnceAsync(CancellationToken.None);
        await Waiting.UntilAsync(() => backlog.IsBehind, TimeSpan.FromSeconds(10));
        var turn = backlog.WaitAsync(SmsFromRia(), CancellationToken.None).AsTask();
        Assert.False(turn.IsCompleted);

        twilio.SetResult();
        Assert.Equal(2, await round);
        Assert.False(turn.IsCompleted); // the round that sent them cannot tell whether more came in meanwhile

        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None));
        await turn.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(backlog.IsBehind);
        Assert.True(backlog.WaitAsync(SmsFromRia(), CancellationToken.None).AsTask().IsCompleted);
    }

    [Fact]
    public async Task Messages_within_the_allowed_wait_and_a_crashed_senders_claim_do_not_hold_turns_back()
    {
        var (dispatcher, backlog) = DispatcherWithBacklog(new ScriptedTransport());
        var crashed = await StoreAsync(Ria, "Anna kookt morgen voor u.");
        _time.Advance(TimeSpan.FromMinutes(3));
        await ClaimedByADeadSenderAsync(crashed); // stored 3 minutes ago, but its wait is a crash, not a queue
        await StoreAsync(Kees, "Welkom bij BuurtBot!");
        _time.Advance(TimeSpan.FromMilliseconds(249));

        Assert.Equal(2, await dispatcher.DispatchOnceAsync(CancellationToken.None));

        Assert.False(backlog.IsBehind);
        Assert.True(backlog.WaitAsync(SmsFromRia(), CancellationToken.None).AsTask().IsCompleted);
    }

    [Fact]
    public async Task Two_dispatchers_sharing_one_database_send_every_message_exactly_once()
    {
        var transport = new ScriptedTransport { Delay = TimeSpan.FromMilliseconds(2) };
        var ids = new List<long>();
        for (var i = 0; i < 200; i++)
        {
            ids.Add(await StoreAsync($"+316300{i % 40:D5}", $"bericht {i}"));
        }

        var first = Dispatcher(transport);
        var second = Dispatcher(transport);
        async Task DrainAsync(OutboxDispatcher dispatcher)
        {
            while (await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0)
            {
            }
        }

        // Each dispatcher has its own scope factory and connections: they only meet in the database.
        await Task.WhenAll(Task.Run(() => DrainAsync(first)), Task.Run(() => DrainAsync(second)));
        await DrainAsync(first);

        Assert.Equal(ids.Order(), transport.Sends.Select(s => s.Id).Order());
        await using var db = NewContext();
        Assert.Equal(200, await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Queued));
    }

    [Fact]
    public async Task A_message_whose_sender_died_after_twilio_took_it_is_recorded_with_that_send_and_not_sent_again()
    {
        var transport = new ScriptedTransport();
        var id = await StoreAsync(Ria, "Anna kookt morgen voor u.");
        await ClaimedByADeadSenderAsync(id);
        transport.AlreadyTaken[Ria] = ["SMtakenbeforethecrash000000000000"];

        Assert.Equal(1, await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None));

        Assert.Empty(transport.Sends);
        var stored = await FindAsync(id);
        Assert.Equal((OutboxStatus.Queued, "SMtakenbeforethecrash000000000000"), (stored.Status, stored.ProviderId));
    }

    [Fact]
    public async Task A_message_whose_sender_died_before_twilio_took_it_is_sent_and_a_fresh_message_is_not_looked_up()
    {
        var transport = new ScriptedTransport();
        var crashed = await StoreAsync(Ria, "Anna kookt morgen voor u.");
        await ClaimedByADeadSenderAsync(crashed);
        await StoreAsync(Kees, "Welkom bij BuurtBot!");

        Assert.Equal(2, await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None));

        Assert.Equal(1, transport.Lookups);
        Assert.Equal([Ria, Kees], transport.Sends.Select(s => s.To).Order().ToList());
        Assert.Equal(OutboxStatus.Queued, (await FindAsync(crashed)).Status);
    }

    [Fact]
    public async Task A_send_that_another_stored_message_already_accounts_for_is_not_taken_for_the_crashed_one()
    {
        var transport = new ScriptedTransport();
        var first = await StoreAsync(Ria, "Dank u wel.");
        await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None);
        var second = await StoreAsync(Ria, "Dank u wel.");
        await ClaimedByADeadSenderAsync(second);
        transport.AlreadyTaken[Ria] = [(await FindAsync(first)).ProviderId!];

        await Dispatcher(transport).DispatchOnceAsync(CancellationToken.None);

        Assert.Equal([first, second], transport.Sends.Select(s => s.Id).ToList());
        Assert.NotEqual((await FindAsync(first)).ProviderId, (await FindAsync(second)).ProviderId);
    }

    public void Dispose() => _database.Dispose();

    private OutboxDispatcher Dispatcher(IOutboundTransport transport, Action<OutboxOptions>? configure = null) =>
        DispatcherWithBacklog(transport, configure).Dispatcher;

    /// <summary>A dispatcher and the backlog it reports to, which the bot's new turns would wait on.</summary>
    private (OutboxDispatcher Dispatcher, OutboxBacklog Backlog) DispatcherWithBacklog(IOutboundTransport transport, Action<OutboxOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddDbContext<BuurtBotDbContext>(o => o.UseBuurtBotSqlite(_database.ConnectionString));
        services.AddMetrics();
        var provider = services.BuildServiceProvider();
        var settings = new OutboxOptions { Parallelism = 4 };
        configure?.Invoke(settings);
        var options = Options.Create(settings);
        var metrics = new BuurtBot.Observability.BuurtBotMetrics(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var logs = LoggerFactory.Create(_ => { });
        var backlog = new OutboxBacklog(options, _time, metrics, logs.CreateLogger<OutboxBacklog>());
        var dispatcher = new OutboxDispatcher(
            provider.GetRequiredService<IServiceScopeFactory>(), transport, backlog, _time, options, metrics, logs.CreateLogger<OutboxDispatcher>());
        return (dispatcher, backlog);
    }

    /// <summary>A message from Ria that would start a turn now.</summary>
    private Activity SmsFromRia() => Activity.Incoming(Channel.Sms, Ria, "hoi", _time.GetUtcNow());

    private async Task<long> StoreAsync(string to, string text)
    {
        await using var db = NewContext();
        var message = OutboxMessage.From(Activity.Outgoing(Channel.Sms, to, text, _time.GetUtcNow()));
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    /// <summary>As a dispatcher leaves a message when its process is killed mid-send: claimed, and the claim run out.</summary>
    private async Task ClaimedByADeadSenderAsync(long id)
    {
        await using var db = NewContext();
        var expired = _time.GetUtcNow().AddSeconds(-1);
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sending)
            .SetProperty(m => m.ClaimToken, Guid.NewGuid())
            .SetProperty(m => m.ClaimedUntil, expired));
    }

    private async Task<OutboxMessage> FindAsync(long id)
    {
        await using var db = NewContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private BuurtBotDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<BuurtBotDbContext>();
        options.UseBuurtBotSqlite(_database.ConnectionString);
        return new BuurtBotDbContext(options.Options);
    }
}
