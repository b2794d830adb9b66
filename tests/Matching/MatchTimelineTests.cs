using BuurtBot.Dialogs.Requests;
using BuurtBot.Outbox;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>After the match: the reminder on the day, the question whether it went well, the invitation to give back.</summary>
public sealed class MatchTimelineTests : ConversationFixture
{
    [Fact]
    public async Task Reminders_on_the_day_then_how_did_it_go_with_the_rating_kept_and_one_invitation_to_give_back()
    {
        var kees = await CookAsync("+31622222222", "Kees", "Dorpsweg 12, 1234 XY", "ik kook morgen 3 porties, ik breng het");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, graag brengen, ik eet alles");
        await truus.SaysAsync("ja");
        await kees.SaysAsync("ja");

        // Tuesday 16:00, two hours before the meal.
        Server.Time.Advance(TimeSpan.FromHours(30));
        await EventuallyAsync(async () => (await truus.LastMessageAsync()).StartsWith("Herinnering", StringComparison.Ordinal), "the reminder");
        Assert.Equal("Herinnering: vandaag rond 18.00 uur brengt Kees het eten.", await truus.LastMessageAsync());
        Assert.Equal("Herinnering: vandaag rond 18.00 uur brengt u het eten naar Truus, Lindelaan 4.", await kees.LastMessageAsync());

        // Tuesday 21:00: did it go well?
        Server.Time.Advance(TimeSpan.FromHours(5));
        await EventuallyAsync(async () => (await truus.LastMessageAsync()).StartsWith("Is het goed gegaan", StringComparison.Ordinal), "the follow-up");
        Assert.Equal("Is het goed gegaan met de maaltijd van Kees? Antwoord JA of NEE, of geef een cijfer van 1 tot 5.", await truus.LastMessageAsync());

        var thanks = await truus.SaysAsync("een 4, heel lekker");
        Assert.Equal("Fijn om te horen, dank u wel!", thanks[0]);
        Assert.StartsWith("Wilt u zelf ook eens iets aanbieden?", thanks[1]);
        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((RequestStatus.Done, 4), (request.Status, request.Rating));
        Assert.NotNull((await Server.QueryAsync(db => db.Members.SingleAsync(m => m.Phone == "+31612345678"))).InvitedToGiveBackAt);
    }

    [Fact]
    public async Task A_restart_between_the_request_and_the_yes_loses_nothing_and_sends_nothing_twice()
    {
        var kees = await CookAsync("+31622222222", "Kees", "Dorpsweg 12, 1234 XY", "ik kook morgen 3 porties, af te halen");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        var before = await Server.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());

        await RestartAsync();
        kees = Server.Phone("+31622222222", "whatsapp");
        truus = Server.Phone("+31612345678");

        Assert.StartsWith("Dank u wel! Truus haalt morgen", (await kees.SaysAsync("ja"))[0]);
        Assert.StartsWith("Goed nieuws! Kees kookt voor u.", await truus.LastMessageAsync());
        var after = await Server.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(before, after.Take(before.Count).Select(m => m.Id));
        Assert.Equal(2, after.Count - before.Count); // the answer to Kees and the news to Truus, once each
        Assert.Equal(after.Count, after.Select(m => (m.To, m.Text)).Distinct().Count());
        await EventuallyAsync(async () => await Server.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.Status != OutboxStatus.Pending)), "everything sent");
    }
}
