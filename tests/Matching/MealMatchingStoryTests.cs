using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>
/// An elderly requester on SMS, cooks on WhatsApp: the request goes to the cooks, the first "ja" wins, and both
/// sides hear what was agreed. Monday 23 November 2026, 10:00 in Amsterdam.
/// </summary>
public sealed class MealMatchingStoryTests : ConversationFixture
{
    private const string Truus = "+31612345678";
    private const string Anna = "+31611111111";
    private const string Kees = "+31622222222";

    [Fact]
    public async Task Truus_asks_for_a_meal_the_cooks_are_asked_kees_says_no_anna_says_yes_and_both_sides_hear_the_agreement()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var kees = await CookAsync(Kees, "Kees", "Dorpsweg 12, 1235 XY", "ik kook morgen vegetarisch, 2 porties, ik kan het brengen");
        var truus = await IdleMemberAsync(Truus, "Truus");

        await truus.SaysAsync("ik zou morgen graag een vegetarische maaltijd willen voor 1 persoon, ik kom het halen");
        Assert.Equal(
            "Dank u wel, uw vraag staat genoteerd. Wij zoeken een buur die voor u kookt. U krijgt een bericht zodra iemand ja zegt.",
            await truus.AsksAsync("ja"));

        // A vegetarian request never gets a meat dish: only Kees, who cooks vegetarian, is asked.
        var question = await kees.LastMessageAsync();
        Assert.Equal("Truus uit de Lindelaan wil graag 1 portie van uw maaltijd voor morgen, dinsdag 24 november, en komt het ophalen. Is dat goed? Antwoord JA of NEE.", question);
        Assert.DoesNotContain("Lindelaan 4", question, StringComparison.Ordinal);
        Assert.DoesNotContain(await anna.InboxAsync(), m => m.Text.Contains("Truus", StringComparison.Ordinal));

        var accepted = await kees.SaysAsync("ja hoor");
        // Nobody named a time: the usual one is proposed, not presented as agreed.
        Assert.Equal("Dank u wel! Truus haalt morgen, dinsdag 24 november rond 18.00 uur het eten bij u op. Truus woont aan de Lindelaan 4. Andere tijd? Stuur: zeg tegen Truus dat ...", accepted[0]);
        Assert.Equal("Goed nieuws! Kees kookt voor u. Het eten kan morgen, dinsdag 24 november rond 18.00 uur worden opgehaald. Kees woont aan de Dorpsweg 12. Andere tijd? Stuur: zeg tegen Kees dat ...", await truus.LastMessageAsync());

        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal(RequestStatus.Matched, request.Status);
        Assert.Equal(await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Kees).Select(m => m.Id).SingleAsync()), request.MatchedMemberId);
        Assert.Equal(1, await Server.QueryAsync(db => db.Offers.Where(o => o.Id == request.MatchedOfferId).Select(o => o.PortionsLeft).SingleAsync()));
    }

    [Fact]
    public async Task A_time_the_cook_gave_is_the_agreed_time_and_a_time_the_requester_gave_wins_over_it()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen om half zeven 4 porties stamppot, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");

        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Assert.StartsWith("Truus uit de Lindelaan wil graag 1 portie van uw stamppot", await anna.LastMessageAsync());

        Assert.Equal(
            "Dank u wel! Truus haalt morgen, dinsdag 24 november om 18.30 uur het eten bij u op. Truus woont aan de Lindelaan 4. Iets doorgeven? Stuur: zeg tegen Truus dat ...",
            (await anna.SaysAsync("ja"))[0]);
        Assert.Equal(
            "Goed nieuws! Anna kookt voor u. Het eten kan morgen, dinsdag 24 november om 18.30 uur worden opgehaald. Anna woont aan de Kerkstraat 7.",
            await truus.LastMessageAsync());

        var kees = await CookAsync(Kees, "Kees", "Dorpsweg 12, 1234 XY", "ik kook overmorgen om zes uur 4 porties, af te halen");
        var piet = await IdleMemberAsync("+31633333333", "Piet");
        await piet.SaysAsync("overmorgen graag een maaltijd voor 1 persoon om 5 uur, ik kom het halen, ik eet alles");
        await piet.SaysAsync("ja");
        Assert.StartsWith("Dank u wel! Piet haalt overmorgen, woensdag 25 november om 17.00 uur het eten bij u op.", (await kees.SaysAsync("ja"))[0]);
    }

    [Fact]
    public async Task With_no_fitting_offer_the_cooks_nearby_are_asked_to_cook_a_no_moves_on_and_the_first_yes_wins()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook vandaag 4 porties, af te halen");
        var kees = await CookAsync(Kees, "Kees", "Dorpsweg 12, 1234 XY", "ik kook vandaag 2 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");

        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 2 personen, graag brengen, ik eet alles");
        await truus.SaysAsync("ja");

        // Their offers are for today; for tomorrow they are asked whether they can cook for her.
        Assert.Equal(
            "Truus uit de Lindelaan zoekt morgen, dinsdag 24 november een maaltijd voor 2 personen, graag gebracht. Kunt u voor Truus koken? Antwoord JA of NEE.",
            await anna.LastMessageAsync());
        Assert.Equal(await anna.LastMessageAsync(), await kees.LastMessageAsync());

        Assert.Equal(["Geen probleem, dank u wel voor het laten weten."], await anna.SaysAsync("nee, helaas"));
        Assert.StartsWith("Dank u wel! U brengt morgen, dinsdag 24 november rond 18.00 uur het eten naar Truus, Lindelaan 4.", (await kees.SaysAsync("ja"))[0]);
        Assert.StartsWith("Goed nieuws! Kees kookt voor u en brengt het eten morgen, dinsdag 24 november rond 18.00 uur.", await truus.LastMessageAsync());

        var answers = await Server.QueryAsync(db => db.Questions.OrderBy(q => q.Id).Select(q => q.Status).ToListAsync());
        Assert.Equal([QuestionStatus.No, QuestionStatus.Yes], answers);
    }

    [Fact]
    public async Task When_one_cook_says_yes_the_others_who_were_asked_hear_it_has_been_arranged()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var kees = await CookAsync(Kees, "Kees", "Dorpsweg 12, 1234 XY", "ik kook morgen 3 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");

        await anna.SaysAsync("ja");

        Assert.Equal("Dank u wel! Er is al iemand gevonden voor Truus.", await kees.LastMessageAsync());
        Assert.Equal(["Dank u wel! Er is al iemand gevonden voor Truus."], await kees.SaysAsync("ja"));
        Assert.Equal(1, await Server.QueryAsync(db => db.Requests.CountAsync(r => r.Status == RequestStatus.Matched)));
    }

    [Fact]
    public async Task A_cook_asking_how_things_stand_hears_about_her_offer_and_the_portions_left()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties stamppot, af te halen");
        Assert.Equal(
            "U heeft geen vraag open staan. Uw aanbod: uw maaltijd (stamppot) van morgen, dinsdag 24 november: nog 4 porties.",
            await anna.AsksAsync("hoe staat het met mijn aanbod?"));

        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 3 personen, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await anna.SaysAsync("ja");

        Assert.Equal(
            "U heeft geen vraag open staan. Uw aanbod: uw maaltijd (stamppot) van morgen, dinsdag 24 november: nog 1 portie.",
            await anna.AsksAsync("hoe staat het met mijn aanbod?"));
        Assert.Equal(
            "Uw vraag om een maaltijd voor morgen, dinsdag 24 november: Anna heeft ja gezegd.",
            await truus.AsksAsync("is er al iemand?"));
    }

    [Fact]
    public async Task Is_er_al_iemand_tells_who_said_yes_and_laat_maar_cancels_and_tells_the_cook()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 2 personen, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Assert.Equal("Uw vraag om een maaltijd voor morgen, dinsdag 24 november: wij zoeken nog.", await truus.AsksAsync("is er al iemand?"));
        await anna.SaysAsync("ja");

        Assert.Equal("Uw vraag om een maaltijd voor morgen, dinsdag 24 november: Anna heeft ja gezegd.", await truus.AsksAsync("is er al iemand?"));
        Assert.Equal("Goed, uw vraag om een maaltijd is ingetrokken. Ik laat Anna weten dat het niet meer nodig is.", await truus.AsksAsync("laat maar"));
        Assert.Equal("Truus heeft de afspraak van morgen, dinsdag 24 november afgezegd. U hoeft niets meer te doen. Dank u wel!", await anna.LastMessageAsync());

        Assert.Equal(RequestStatus.Cancelled, (await Server.QueryAsync(db => db.Requests.SingleAsync())).Status);
        Assert.Equal(4, await Server.QueryAsync(db => db.Offers.Select(o => o.PortionsLeft).SingleAsync()));
    }

    [Fact]
    public async Task A_cook_who_offers_after_the_request_is_asked_right_away()
    {
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");

        var anna = await IdleMemberAsync(Anna, "Anna", "whatsapp", "Kerkstraat 7, 1234 AC");
        await anna.SaysAsync("ik kook morgen 4 porties, af te halen");
        var replies = await anna.SaysAsync("ja");

        Assert.Equal(
            ["Dank u wel! Uw aanbod staat klaar. Zoekt iemand in de buurt een maaltijd, dan vraag ik het u eerst.",
             "Truus uit de Lindelaan wil graag 1 portie van uw maaltijd voor morgen, dinsdag 24 november, en komt het ophalen. Is dat goed? Antwoord JA of NEE."],
            replies);
        Assert.StartsWith("Dank u wel! Truus haalt morgen", (await anna.SaysAsync("ja"))[0]);
    }

    [Fact]
    public async Task Cooks_who_offer_while_three_are_already_asked_wait_for_the_next_in_line()
    {
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");

        // Three cooks offer one after the other and are asked about Truus's meal right away (a wave's worth).
        var cooks = new List<SimulatedPhone>();
        foreach (var (number, name) in new[] { ("+31621111111", "Anna"), ("+31622222222", "Bert"), ("+31623333333", "Cor") })
        {
            cooks.Add(await CookAsync(number, name, "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen"));
            Assert.StartsWith("Truus uit de Lindelaan wil graag 1 portie", await cooks[^1].LastMessageAsync());
        }

        // Dina offers too: she is not asked now, and the next wave is scheduled.
        var dina = await CookAsync("+31624444444", "Dina", "Kerkstraat 9, 1234 AC", "ik kook morgen 4 porties, af te halen");
        Assert.StartsWith("Dank u wel! Uw aanbod staat klaar.", await dina.LastMessageAsync());
        Assert.Equal(3, await Server.QueryAsync(db => db.Questions.CountAsync()));
        Assert.Equal(1, await Server.QueryAsync(db => db.ScheduledTasks.CountAsync(
            t => t.Kind == BuurtBot.Scheduling.ScheduledTaskKind.NextWave && t.Status == BuurtBot.Scheduling.ScheduledTaskStatus.Pending)));

        // So does Eva: the wave already scheduled will weigh her meal too, so no second one is added.
        var eva = await CookAsync("+31625555555", "Eva", "Kerkstraat 11, 1234 AC", "ik kook morgen 4 porties, af te halen");
        Assert.StartsWith("Dank u wel! Uw aanbod staat klaar.", await eva.LastMessageAsync());
        Assert.Equal(1, await Server.QueryAsync(db => db.ScheduledTasks.CountAsync(
            t => t.Kind == BuurtBot.Scheduling.ScheduledTaskKind.NextWave && t.Status == BuurtBot.Scheduling.ScheduledTaskStatus.Pending)));

        // Anna says no: Dina, whose meal fits, is next in line.
        Assert.Equal("Geen probleem, dank u wel voor het laten weten.", (await cooks[0].SaysAsync("nee"))[0]);
        Assert.StartsWith("Truus uit de Lindelaan wil graag 1 portie", await dina.LastMessageAsync());
    }
}
