using System.Diagnostics;
using System.Text.Json;
using BuurtBot.Coordination;
using BuurtBot.Data;
using BuurtBot.Matching;
using BuurtBot.Outbox;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Hosting;

/// <summary>
/// Two bot processes on one SQLite file (WAL), both with their outbox dispatcher and scheduler running, both
/// sending through a stand-in for Twilio's API. Neighbourhoods talk to both at once: cooks offer, requesters ask,
/// the scheduler asks the next cook in a second wave, both cooks say yes at the same moment on different
/// instances, the reminder is set, a loan nobody can lend goes to a coordinator at its deadline, and one person's
/// messages arrive at both instances at the same time. Afterwards the database and the stand-in agree that
/// every message left exactly once, every wave and deadline ran once and every reminder was set once, and every turn counted once.
/// </summary>
public sealed class TwoInstancesTests(ITestOutputHelper output) : IDisposable
{
    private const int Neighbourhoods = 5;
    private const string Accepted = "Dank u wel! Truus haalt";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Two_instances_on_one_database_send_every_message_once_run_every_scheduled_task_once_and_apply_every_turn_once()
    {
        var clock = Stopwatch.StartNew();
        await using var twilio = await TwilioApiRecorder.StartAsync();

        await using var first = BotProcess.Start(Settings(twilio.BaseUrl, "+3197010000001"));
        await using var second = BotProcess.Start(Settings(twilio.BaseUrl, "+3197010000002"));
        BotProcess[] instances = [first, second];
        await Task.WhenAll(first.WaitUntilHealthyAsync(), second.WaitUntilHealthyAsync());
        output.WriteLine($"both healthy after {clock.Elapsed.TotalSeconds:0.0} s");

        var sent = 0;
        async Task<IReadOnlyList<string>> Say(int instance, string phone, string text)
        {
            Interlocked.Increment(ref sent);
            var replies = await instances[instance % 2].SayAsync(phone, text);
            Assert.NotEmpty(replies);
            return replies;
        }

        var families = Enumerable.Range(0, Neighbourhoods).Select(n => new Neighbourhood(n)).ToArray();
        try
        {
            await Task.WhenAll(families.Select(f => PlayAsync(f, Say)));
        }
        finally
        {
            foreach (var line in first.Warnings.Concat(second.Warnings))
            {
                output.WriteLine(line);
            }
        }

        output.WriteLine($"{sent} messages in, traffic done after {clock.Elapsed.TotalSeconds:0.0} s");

        // Wait for the scheduler and outbox of both instances to finish: waves and deadlines run, everything sent.
        await EventuallyAsync(async () => await QueryAsync(async db =>
            await db.ScheduledTasks.CountAsync(t => t.Kind == ScheduledTaskKind.Deadline && t.Status == ScheduledTaskStatus.Done) == Neighbourhoods
            && await db.CoordinatorItems.CountAsync(i => i.Reason == "escalated") >= Neighbourhoods
            && !await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending)));
        output.WriteLine($"deadlines done after {clock.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(500); // a duplicate send would show up by now

        // No turn failed (a failed turn apologises and starts the conversation afresh), no send or task broke.
        Assert.DoesNotContain(first.Warnings.Concat(second.Warnings), line =>
            line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal));

        await using var db = NewContext();
        var outbox = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        var posted = twilio.Sent;

        // Every message once: each outbox row was posted to Twilio exactly once, and nothing else was posted.
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Queued, m.Status));
        Assert.Equal(outbox.Count, posted.Count);
        Assert.Equal(posted.Select(p => p.Sid).Order(), outbox.Select(m => m.ProviderId!).Order());
        Assert.All(outbox, m => Assert.Equal(m.Text, posted.Single(p => p.Sid == m.ProviderId).Body));
        Assert.Equal(2, posted.Select(p => p.From).Distinct().Count()); // both instances dispatched

        // Every turn once: one receipt per message in, no conversation left held.
        Assert.Equal(sent, await db.InboundReceipts.CountAsync());
        Assert.False(await db.ConversationLeases.AnyAsync(l => l.Holder != null));
        Assert.Equal(Neighbourhoods * 4, await db.Members.CountAsync());
        foreach (var state in await db.StateEntries.AsNoTracking().Select(s => s.Json).ToListAsync())
        {
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(state).RootElement.ValueKind);
        }

        foreach (var family in families)
        {
            string[] To(string phone) => outbox.Where(m => m.To == phone).Select(m => m.Text).ToArray();

            // The meal: one match; the second wave asked the other cook, once; the reminder and the question whether
            // it went well set once each, for tomorrow (their due times follow the wall clock, which these processes
            // cannot be given; they are claimed and run as the wave and the deadline are).
            var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Kind == RequestKind.Meal && db.Members.Any(m => m.Id == r.RequesterId && m.Phone == family.Requester));
            Assert.Equal(RequestStatus.Matched, request.Status);
            var questions = await db.Questions.AsNoTracking().Where(q => q.RequestId == request.Id && q.Kind == QuestionKind.Provide).OrderBy(q => q.Wave).ToListAsync();
            Assert.Equal([1, 2], questions.Select(q => q.Wave));
            Assert.Single(questions, q => q.Status == QuestionStatus.Yes);
            var reminder = Assert.Single(await db.ScheduledTasks.AsNoTracking().Where(t => t.RequestId == request.Id && t.Kind == ScheduledTaskKind.Reminder).ToListAsync());
            Assert.Equal(ScheduledTaskStatus.Pending, reminder.Status);
            Assert.Equal(ScheduledTaskStatus.Pending, Assert.Single(await db.ScheduledTasks.AsNoTracking().Where(t => t.RequestId == request.Id && t.Kind == ScheduledTaskKind.FollowUp).ToListAsync()).Status);
            Assert.Equal(ScheduledTaskStatus.Done, Assert.Single(await db.ScheduledTasks.AsNoTracking().Where(t => t.RequestId == request.Id && t.Kind == ScheduledTaskKind.NextWave).ToListAsync()).Status);
            var cook = await db.Members.AsNoTracking().Where(m => m.Id == request.MatchedMemberId).Select(m => m.Phone).SingleAsync();
            var other = cook == family.FirstCook ? family.SecondCook : family.FirstCook;
            Assert.Single(To(family.Requester), t => t.StartsWith("Goed nieuws!", StringComparison.Ordinal));
            Assert.Single(To(cook), t => t.StartsWith("Dank u wel! Truus haalt", StringComparison.Ordinal));
            Assert.Contains(To(other), t => t.Contains("Er is al iemand gevonden", StringComparison.Ordinal));

            // The loan nobody could lend: at its deadline the borrower is told once and a coordinator gets it once.
            var borrower = await db.Members.AsNoTracking().SingleAsync(m => m.Phone == family.Borrower);
            Assert.Single(To(family.Borrower), t => t.StartsWith("Het is helaas nog niet gelukt", StringComparison.Ordinal));
            Assert.Single(await db.CoordinatorItems.AsNoTracking().Where(i => i.MemberId == borrower.Id && i.Reason == "escalated").ToListAsync());
        }

        Assert.All(await db.ScheduledTasks.AsNoTracking().Where(t => t.Status != ScheduledTaskStatus.Pending).ToListAsync(), t => Assert.Equal(ScheduledTaskStatus.Done, t.Status));
        output.WriteLine($"{outbox.Count} messages out, {posted.Count(p => p.From.EndsWith('1'))} by the first instance; done after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// One neighbourhood (its own postcode area): two cooks, a requester and a borrower, each phone's messages
    /// spread over both instances.
    /// </summary>
    private async Task PlayAsync(Neighbourhood n, Func<int, string, string, Task<IReadOnlyList<string>>> say)
    {
        await Task.WhenAll(
            RegisterAsync(say, n.Number, n.FirstCook, "Koos", $"Kerkstraat {n.Number + 1}, {n.Postcode}"),
            RegisterAsync(say, n.Number + 1, n.SecondCook, "Koos", $"Dorpsweg {n.Number + 1}, {n.Postcode}"),
            RegisterAsync(say, n.Number, n.Requester, "Truus", $"Lindelaan {n.Number + 1}, {n.Postcode}"),
            RegisterAsync(say, n.Number + 1, n.Borrower, "Henk", $"Beukenlaan {n.Number + 1}, {n.Postcode}"));
        await Task.WhenAll(
            OfferAsync(say, n.Number, n.FirstCook),
            OfferAsync(say, n.Number + 1, n.SecondCook));

        // The borrower asks for something nobody lends: it waits for its deadline.
        await say(n.Number, n.Borrower, "ik wil graag een ladder lenen van morgen tot woensdag");
        Assert.StartsWith("Dank u wel, uw vraag staat genoteerd.", (await say(n.Number + 1, n.Borrower, "ja"))[0]);

        // The requester asks; one cook is asked now (a wave of one), the other by the scheduler a second later.
        await say(n.Number + 1, n.Requester, "ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        Assert.StartsWith("Dank u wel, uw vraag staat genoteerd.", (await say(n.Number, n.Requester, "ja"))[0]);
        await EventuallyAsync(async () => await QuestionsAskedAsync(n) == 2);

        // The requester's two messages reach both instances at the same time: both answered, one after the other.
        var asked = await Task.WhenAll(say(0, n.Requester, "is er al iemand?"), say(1, n.Requester, "is er al iemand?"));
        Assert.All(asked, replies => Assert.EndsWith("wij zoeken nog.", replies[0], StringComparison.Ordinal));

        // Both cooks say yes at the same moment, each to another instance: one wins.
        var yes = await Task.WhenAll(say(0, n.FirstCook, "ja"), say(1, n.SecondCook, "ja"));
        Assert.Single(yes, replies => replies[0].StartsWith(Accepted, StringComparison.Ordinal));

    }

    private static async Task RegisterAsync(Func<int, string, string, Task<IReadOnlyList<string>>> say, int instance, string phone, string name, string address)
    {
        await say(instance, phone, "hallo");
        await say(instance + 1, phone, name);
        await say(instance, phone, address);
        Assert.StartsWith($"Dank u, {name}. U bent aangemeld.", (await say(instance + 1, phone, "ja"))[0]);
        Assert.StartsWith("Graag gedaan!", (await say(instance, phone, "dank u wel"))[0]);
    }

    private static async Task OfferAsync(Func<int, string, string, Task<IReadOnlyList<string>>> say, int instance, string phone)
    {
        Assert.StartsWith("Klopt dit?", (await say(instance, phone, "ik kook morgen 4 porties, af te halen"))[^1]);
        Assert.StartsWith("Dank u wel! Uw aanbod staat klaar.", (await say(instance + 1, phone, "ja"))[0]);
    }

    private Task<int> QuestionsAskedAsync(Neighbourhood n) =>
        QueryAsync(db => db.Questions.CountAsync(q => db.Members.Any(m => m.Id == q.MemberId && (m.Phone == n.FirstCook || m.Phone == n.SecondCook))));

    private Dictionary<string, string> Settings(string twilioApi, string smsFrom) => new()
    {
        ["ConnectionStrings__BuurtBot"] = _database.ConnectionString,
        ["Simulator__Enabled"] = "true",
        ["Twilio__AccountSid"] = "AC" + new string('0', 31) + "1",
        ["Twilio__AuthToken"] = "test-token",
        ["Twilio__ApiBaseUrl"] = twilioApi,
        ["Twilio__PublicBaseUrl"] = "https://buurtbot.example.nl",
        ["Twilio__SmsFrom"] = smsFrom,
        ["Matching__WaveSize"] = "1",
        ["Matching__MealWaveInterval"] = "00:00:01",
        ["Matching__LoanDeadline"] = "00:00:02",
        ["Matching__MinimumDeadline"] = "00:00:01",
        ["Matching__MaxRank"] = "0",
        ["Scheduler__PollInterval"] = "00:00:00.200",
        ["Outbox__PollInterval"] = "00:00:00.200",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private BuurtBotDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<BuurtBotDbContext>();
        options.UseBuurtBotSqlite(_database.ConnectionString);
        return new BuurtBotDbContext(options.Options);
    }

    private async Task<T> QueryAsync<T>(Func<BuurtBotDbContext, Task<T>> query)
    {
        await using var db = NewContext();
        return await query(db);
    }

    private async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(40), "the instances did not finish their scheduled work and sends in time: " + await ProgressAsync());
            await Task.Delay(200);
        }
    }

    private Task<string> ProgressAsync() => QueryAsync(async db =>
        string.Join(", ", (await db.ScheduledTasks.AsNoTracking().ToListAsync()).GroupBy(t => (t.Kind, t.Status)).Select(g => $"{g.Key.Kind} {g.Key.Status}: {g.Count()}"))
        + "; outbox " + string.Join(", ", (await db.OutboxMessages.AsNoTracking().Select(m => m.Status).ToListAsync()).GroupBy(x => x).Select(g => $"{g.Key}: {g.Count()}")));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private sealed record Neighbourhood(int Number)
    {
        public string Postcode => $"{2000 + (Number * 10)} AB";

        public string FirstCook => $"+316100{Number:00}001";

        public string SecondCook => $"+316100{Number:00}002";

        public string Requester => $"+316100{Number:00}003";

        public string Borrower => $"+316100{Number:00}004";
    }
}
