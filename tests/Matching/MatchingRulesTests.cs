using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>Fairness and limits: one open question per person, a daily limit, no contact after STOP, deadlines.</summary>
public sealed class MatchingRulesTests : ConversationFixture
{
    private const string Anna = "+31611111111";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduler:PollInterval"] = "00:00:00.100",
        ["Matching:MaxQuestionsPerDay"] = "2",
    };

    [Fact]
    public async Task A_cook_gets_one_question_at_a_time_and_the_next_one_right_after_answering()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 6 porties, af te halen");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        var piet = await IdleMemberAsync("+31613333333", "Piet", address: "Lindelaan 9, 1234 AB");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await piet.SaysAsync("ik wil morgen graag een maaltijd voor 2 personen, ik kom het halen, ik eet alles");
        await piet.SaysAsync("ja");

        Assert.Single(await anna.InboxAsync(), m => m.Text.Contains("Antwoord JA of NEE", StringComparison.Ordinal) && m.Text.StartsWith("Truus", StringComparison.Ordinal));
        Assert.DoesNotContain(await anna.InboxAsync(), m => m.Text.StartsWith("Piet", StringComparison.Ordinal));

        var replies = await anna.SaysAsync("ja");
        Assert.StartsWith("Dank u wel! Truus haalt", replies[0]);
        Assert.StartsWith("Piet uit de Lindelaan wil graag 2 porties van uw maaltijd", replies[1]);
        Assert.StartsWith("Dank u wel! Piet haalt", (await anna.SaysAsync("ja"))[0]);
        Assert.Equal(2, await Server.QueryAsync(db => db.Requests.CountAsync(r => r.Status == RequestStatus.Matched)));
    }

    [Fact]
    public async Task Nobody_is_asked_more_than_the_daily_limit()
    {
        await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 9 porties, af te halen");
        foreach (var (number, name) in new[] { ("+31612345678", "Truus"), ("+31613333333", "Piet"), ("+31614444444", "Joke") })
        {
            var requester = await IdleMemberAsync(number, name);
            await requester.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
            await requester.SaysAsync("ja");
        }

        var annaId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Anna).Select(m => m.Id).SingleAsync());
        Assert.Equal(2, await Server.QueryAsync(db => db.Questions.CountAsync(q => q.MemberId == annaId)));
    }

    [Fact]
    public async Task A_cook_who_offers_a_meal_is_put_no_more_open_requests_than_the_daily_limit()
    {
        foreach (var (number, name) in new[] { ("+31612345678", "Truus"), ("+31613333333", "Piet"), ("+31614444444", "Joke") })
        {
            var requester = await IdleMemberAsync(number, name);
            await requester.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
            await requester.SaysAsync("ja");
        }

        Assert.Equal(3, await Server.QueryAsync(db => db.Requests.CountAsync(r => r.Status == RequestStatus.Open))); // no cook yet
        await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 9 porties, af te halen");

        var annaId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Anna).Select(m => m.Id).SingleAsync());
        Assert.Equal(2, await Server.QueryAsync(db => db.Questions.CountAsync(q => q.MemberId == annaId))); // the limit here, of three that fit
    }

    [Fact]
    public async Task A_cook_at_the_daily_limit_is_passed_over_and_the_next_cook_is_asked()
    {
        await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 9 porties, af te halen");
        foreach (var (number, name) in new[] { ("+31612345678", "Truus"), ("+31613333333", "Piet") })
        {
            var requester = await IdleMemberAsync(number, name);
            await requester.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
            await requester.SaysAsync("ja");
        }

        // Anna was asked twice today (the limit here). Bert, a cook nearby, cooks the day after; then Joke asks.
        var bert = await CookAsync("+31615555555", "Bert", "Kerkstraat 9, 1234 AC", "ik kook overmorgen 4 porties, af te halen");
        var joke = await IdleMemberAsync("+31614444444", "Joke");
        await joke.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await joke.SaysAsync("ja");

        var annaId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Anna).Select(m => m.Id).SingleAsync());
        var jokeId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == "+31614444444").Select(m => m.Id).SingleAsync());
        var jokeRequest = await Server.QueryAsync(db => db.Requests.Where(r => r.RequesterId == jokeId).Select(r => r.Id).SingleAsync());
        Assert.Equal(2, await Server.QueryAsync(db => db.Questions.CountAsync(q => q.MemberId == annaId)));
        var bertId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == "+31615555555").Select(m => m.Id).SingleAsync());
        var putToAbout = await Server.QueryAsync(db => db.Questions.Where(q => q.RequestId == jokeRequest).Select(q => q.MemberId).ToListAsync());
        Assert.Equal([bertId], putToAbout); // the next cook in line, not Anna
        Assert.Contains(await bert.InboxAsync(), m => m.Text.StartsWith("Joke", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cook_who_said_stop_is_never_asked()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        await anna.SaysAsync("STOP");
        var before = (await anna.InboxAsync()).Count;

        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");

        Assert.Equal(before, (await anna.InboxAsync()).Count);
        Assert.Equal(0, await Server.QueryAsync(db => db.Questions.CountAsync()));
    }

    [Fact]
    public async Task A_request_nobody_accepts_in_time_is_told_honestly_and_goes_to_a_coordinator()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");

        Server.Time.Advance(TimeSpan.FromHours(29)); // past the afternoon of the meal's day
        await EventuallyAsync(
            async () => await Server.QueryAsync(db => db.Requests.AnyAsync(r => r.Status == RequestStatus.Escalated)),
            "the request to be escalated");

        Assert.Equal(
            "Het is helaas nog niet gelukt om iemand te vinden voor een maaltijd voor vandaag, dinsdag 24 november. Een medewerker van de buurt neemt contact met u op.",
            await truus.LastMessageAsync());
        Assert.Equal("escalated", (await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync())).Reason);
        Assert.Equal("Dank u wel. Voor de vraag van Truus hoeft u niets meer te doen.", await anna.LastMessageAsync());
        Assert.Equal(QuestionStatus.Withdrawn, (await Server.QueryAsync(db => db.Questions.SingleAsync())).Status);
    }
}
