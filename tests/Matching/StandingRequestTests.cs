using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>"Elke dinsdag een maaltijd": each week is matched on its own; a "nee" for one week leaves the others.</summary>
public sealed class StandingRequestTests : ConversationFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduler:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task A_meal_every_tuesday_is_asked_week_by_week_and_a_no_for_this_week_leaves_next_week()
    {
        var anna = await CookAsync("+31611111111", "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync("+31612345678", "Truus");

        Assert.Equal(
            "Klopt dit? Een maaltijd elke dinsdag, voor het eerst morgen, dinsdag 24 november, voor 1 persoon, geen dieetwensen, u haalt het zelf op. Antwoord JA of NEE.",
            await truus.AsksAsync("ik wil graag elke dinsdag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles"));
        await truus.SaysAsync("ja");

        // This week Anna cannot; nobody else cooks, so this Tuesday goes to a coordinator.
        Assert.StartsWith("Truus uit de Lindelaan wil graag 1 portie van uw maaltijd voor morgen", await anna.LastMessageAsync());
        await anna.SaysAsync("nee");
        Server.Time.Advance(TimeSpan.FromHours(29)); // Tuesday 15:00, past the meal's deadline
        await EventuallyAsync(async () => await Server.QueryAsync(db => db.Requests.AnyAsync(r => r.Status == RequestStatus.Escalated)), "this week to be escalated");

        // Tuesday evening the next Tuesday is placed and asked on its own.
        Server.Time.Advance(TimeSpan.FromHours(6));
        await EventuallyAsync(async () => await Server.QueryAsync(db => db.Requests.CountAsync()) == 2, "next week's request");
        await EventuallyAsync(async () => (await anna.LastMessageAsync()).StartsWith("Truus uit de Lindelaan zoekt dinsdag 1 december een maaltijd", StringComparison.Ordinal),
            "Anna to be asked for next Tuesday");

        Assert.StartsWith("Dank u wel!", (await anna.SaysAsync("ja"))[0]);
        Assert.StartsWith("Goed nieuws! Anna kookt voor u.", await truus.LastMessageAsync());
        var requests = await Server.QueryAsync(db => db.Requests.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(
            [(new DateOnly(2026, 11, 24), RequestStatus.Escalated, (long?)null), (new DateOnly(2026, 12, 1), RequestStatus.Matched, requests[0].Id)],
            requests.Select(r => (r.Date!.Value, r.Status, r.PreviousOccurrenceId)));
        Assert.All(requests, r => Assert.Equal([DayOfWeek.Tuesday], r.Repeat));
        Assert.Equal(1, await Server.QueryAsync(db => db.ScheduledTasks.CountAsync(t => t.Kind == BuurtBot.Scheduling.ScheduledTaskKind.NextOccurrence && t.Status == BuurtBot.Scheduling.ScheduledTaskStatus.Pending)));
    }

    [Fact]
    public async Task Cancelling_a_standing_request_ends_the_series()
    {
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("elke dinsdag en donderdag graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await truus.SaysAsync("laat maar");
        Assert.Equal(RequestStatus.Cancelled, (await Server.QueryAsync(db => db.Requests.SingleAsync())).Status);
        var next = await Server.QueryAsync(db => db.ScheduledTasks.SingleAsync(t => t.Kind == BuurtBot.Scheduling.ScheduledTaskKind.NextOccurrence));
        Assert.Equal(BuurtBot.Scheduling.ScheduledTaskStatus.Done, next.Status); // called off with the request

        Server.Time.Advance(TimeSpan.FromDays(3));
        await Task.Delay(500); // the scheduler polls every 100 ms: give it rounds to (not) act
        Assert.Equal(1, await Server.QueryAsync(db => db.Requests.CountAsync()));
    }
}
