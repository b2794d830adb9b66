using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Offers;
using BuurtBot.Outbox;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// "Verwijder mijn gegevens": one question to be sure, then the member's name, number, address, texts and bot
/// state are gone, what they had going is called off (the neighbour with an open match is told), and the number is
/// unknown to the bot. Monday 23 November 2026, 10:00 in Amsterdam.
/// </summary>
public sealed class ErasureConversationTests : ConversationFixture
{
    private const string Truus = "+31612345678";
    private const string Anna = "+31611111111";

    private const string Question =
        "Wilt u dat wij al uw gegevens verwijderen? Dan wissen wij uw naam, adres, telefoonnummer en berichten, en gaan uw open vragen en aanbiedingen niet door. Antwoord JA of NEE.";

    private const string Done =
        "Uw gegevens zijn verwijderd. U krijgt geen berichten meer van BuurtBot. Stuurt u later weer een bericht, dan begint u opnieuw.";

    [Fact]
    public async Task Truus_with_a_matched_meal_removes_her_data_anna_hears_it_does_not_go_ahead_and_the_bot_forgets_her_number()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await anna.SaysAsync("ja");
        Assert.Equal(RequestStatus.Matched, await Server.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        var truusId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Truus).Select(m => m.Id).SingleAsync());

        Assert.Equal(Question, await truus.AsksAsync("Verwijder al mijn gegevens alstublieft"));
        Assert.Equal(Done, await truus.AsksAsync("ja"));

        Assert.Equal("Truus heeft de afspraak van morgen, dinsdag 24 november afgezegd. U hoeft niets meer te doen. Dank u wel!", await anna.LastMessageAsync());
        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((RequestStatus.Cancelled, truusId), (request.Status, request.RequesterId)); // an anonymous count stays
        Assert.Equal(4, await Server.QueryAsync(db => db.Offers.Select(o => o.PortionsLeft).SingleAsync())); // Anna's portion is free again

        var erased = await Server.QueryAsync(db => db.Members.SingleAsync(m => m.Id == truusId));
        Assert.Equal(($"erased:{truusId}", null, null, null, null), (erased.Phone, erased.FirstName, erased.Street, erased.HouseNumber, erased.Postcode));
        Assert.NotNull(erased.ErasedAt);
        Assert.False(await Server.QueryAsync(db => db.Members.AnyAsync(m => m.Phone == Truus)));
        Assert.False(await Server.QueryAsync(db => db.InboundReceipts.AnyAsync(r => r.From == Truus || r.Text.Contains("maaltijd"))));
        Assert.False(await Server.QueryAsync(db => db.StateEntries.AnyAsync(e => e.Key.Contains(Truus))));
        Assert.False(await Server.QueryAsync(db => db.Questions.AnyAsync(q => q.Text.Contains("Truus"))));

        // The confirmation still leaves, and then nothing addressed to her number is kept.
        await EventuallyAsync(
            () => Server.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.To != Truus && !m.Text.Contains(Truus) && !m.Text.Contains("Lindelaan 4"))),
            "every message to Truus sent and blanked, and her address gone from Anna's messages");
        var confirmation = await Server.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ForgetWhenSent));
        Assert.Equal(("", "", OutboxStatus.Queued), (confirmation.To, confirmation.Text, confirmation.Status));

        // A new message from the same number starts afresh.
        Assert.StartsWith("Welkom bij BuurtBot!", (await truus.SaysAsync("hallo"))[0]);
        Assert.Equal(3, await Server.QueryAsync(db => db.Members.CountAsync())); // Anna, the anonymous row, and the new Truus
        Assert.Null(await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Truus).Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task Anna_the_cook_removes_her_data_her_offer_ends_and_truus_hears_the_meal_does_not_go_ahead()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await anna.SaysAsync("ja");
        await anna.SaysAsync("zeg tegen Truus dat ik om 6 uur klaar sta");

        Assert.Equal(Question, await anna.AsksAsync("ik wil dat mijn gegevens gewist worden"));
        Assert.Equal(Done, await anna.AsksAsync("ja hoor"));

        Assert.Equal(
            "Helaas gaat de afspraak met Anna van morgen, dinsdag 24 november (een maaltijd) niet door. Wilt u opnieuw iemand zoeken? Stuur dan een bericht.",
            await truus.LastMessageAsync());
        Assert.Equal(RequestStatus.Cancelled, await Server.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        Assert.Equal((OfferStatus.Withdrawn, null), await Server.QueryAsync(db => db.Offers.Select(o => ValueTuple.Create(o.Status, o.OffererPostcode)).SingleAsync())); // no copy of her postcode stays
        Assert.Equal("", await Server.QueryAsync(db => db.RelayedMessages.Select(m => m.Text).SingleAsync()));
        Assert.False(await Server.QueryAsync(db => db.ScheduledTasks.AnyAsync(t => t.Status == BuurtBot.Scheduling.ScheduledTaskStatus.Pending)));

        // Nothing is sent to her afterwards: no reminder, no follow-up, whatever the clock does.
        Server.Time.Advance(TimeSpan.FromDays(2));
        await Task.Delay(500);
        Assert.False(await Server.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.To == Anna)));
    }

    [Fact]
    public async Task Truus_says_nee_and_everything_stays()
    {
        var truus = await IdleMemberAsync(Truus, "Truus");

        Assert.Equal(Question, await truus.AsksAsync("wis mijn data"));
        Assert.Equal("Goed, wij bewaren uw gegevens. Stuur gerust een bericht als u iets nodig heeft.", await truus.AsksAsync("nee"));

        var member = await Server.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal((Truus, "Truus", "Lindelaan", (DateTimeOffset?)null), (member.Phone, member.FirstName, member.Street, member.ErasedAt));
        Assert.StartsWith("Dag Truus!", (await truus.SaysAsync("hallo"))[0]);
    }

    [Fact]
    public async Task Asked_in_the_middle_of_a_request_the_request_is_dropped_and_the_question_asked()
    {
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil graag een maaltijd");

        Assert.Equal(Question, await truus.AsksAsync("verwijder mijn gegevens"));
        Assert.Equal(Done, await truus.AsksAsync("ja"));
        Assert.Equal(0, await Server.QueryAsync(db => db.Requests.CountAsync()));
    }
}
