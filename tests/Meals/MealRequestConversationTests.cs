using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Meals;

/// <summary>
/// A meal request asks only for what is missing, confirms a short summary, takes corrections, and is stored.
/// The clock stands at Monday 23 November 2026, 10:00 in Amsterdam.
/// </summary>
public sealed class MealRequestConversationTests : ConversationFixture
{
    private const string Truus = "+31612345678";

    [Fact]
    public async Task A_registered_member_asks_for_a_meal_and_answers_each_question_once()
    {
        var truus = await RegisteredAsync(Truus, "Truus");

        Assert.Equal("Voor hoeveel personen is de maaltijd?", await truus.AsksAsync("Ik zou morgen graag een warme maaltijd willen"));
        Assert.StartsWith("Heeft u wensen voor het eten?", await truus.AsksAsync("2"));
        Assert.StartsWith("Haalt u het eten zelf op, of moet het gebracht worden?", await truus.AsksAsync("nee"));
        Assert.Equal(
            "Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 2 personen, geen dieetwensen, het wordt bij u gebracht. Antwoord JA of NEE.",
            await truus.AsksAsync("brengen"));
        // Nobody in the neighbourhood cooks yet: the bot says so, and keeps looking.
        Assert.Equal(
            "Dank u wel, uw vraag staat genoteerd. Er is nu nog niemand in de buurt gevonden die kookt; wij blijven zoeken. U krijgt een bericht zodra iemand ja zegt.",
            await truus.AsksAsync("ja"));

        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal(RequestKind.Meal, request.Kind);
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(new DateOnly(2026, 11, 24), request.Date);
        Assert.Equal(2, request.Portions);
        Assert.Empty(request.Diets);
        Assert.True(request.Delivery);
    }

    [Fact]
    public async Task What_the_first_message_already_says_is_not_asked()
    {
        var truus = await RegisteredAsync(Truus, "Truus");

        Assert.Equal(
            "Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 2 personen, vegetarisch, u haalt het zelf op. Antwoord JA of NEE.",
            await truus.AsksAsync("morgen 2 porties vegetarisch, ik kom het halen"));
        await truus.SaysAsync("ja");

        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal([Diet.Vegetarian], request.Diets);
        Assert.False(request.Delivery);
    }

    [Fact]
    public async Task An_answer_that_says_more_than_was_asked_fills_in_the_rest_too()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil graag een maaltijd");

        Assert.StartsWith("Haalt u het eten zelf op", await truus.AsksAsync("zaterdag, voor ons tweeën, wij eten geen vlees"));
        Assert.Contains("zaterdag 28 november, voor 2 personen, vegetarisch", await truus.AsksAsync("halen"));
    }

    [Fact]
    public async Task A_correction_changes_that_field_and_nothing_else()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("morgen 2 porties vegetarisch, ik kom het halen");

        Assert.Equal(
            "Klopt dit? Een maaltijd donderdag 26 november, voor 2 personen, vegetarisch, u haalt het zelf op. Antwoord JA of NEE.",
            await truus.AsksAsync("nee, donderdag"));
        Assert.Equal("Wat moet er anders? Bijvoorbeeld: een andere dag, of voor meer personen.", await truus.AsksAsync("nee"));
        Assert.Contains("voor 3 personen, vegetarisch", await truus.AsksAsync("voor 3 personen"));
        await truus.SaysAsync("ja");

        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((new DateOnly(2026, 11, 26), 3), (request.Date, request.Portions));
    }

    [Fact]
    public async Task A_day_in_the_past_is_explained_and_asked_again()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil graag een maaltijd");

        Assert.Equal("Die dag is al voorbij. Voor welke dag wilt u een maaltijd?", await truus.AsksAsync("12 november 2026"));
        Assert.Equal("Voor hoeveel personen is de maaltijd?", await truus.AsksAsync("overmorgen"));
    }

    [Fact]
    public async Task A_new_person_who_starts_with_a_meal_request_registers_first_and_is_not_asked_the_day_again()
    {
        var ria = Server.Phone("+31611111111");

        Assert.Equal(
            "Welkom bij BuurtBot, Ria! Ik help u graag aan een maaltijd. Eerst even kennismaken. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12",
            await ria.AsksAsync("Goedemorgen, ik zou morgen graag een warme maaltijd willen. Groetjes Ria"));
        await ria.SaysAsync("Lindelaan 4, 1234 AB");
        Assert.Equal("Voor hoeveel personen is de maaltijd?", await ria.AsksAsync("ja"));

        Assert.Equal("Ria", (await Server.QueryAsync(db => db.Members.SingleAsync())).FirstName);
    }

    [Fact]
    public async Task Is_er_al_iemand_tells_the_open_request()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("morgen 2 porties vegetarisch, ik kom het halen");
        await truus.SaysAsync("ja");

        Assert.Equal("Uw vraag om een vegetarische maaltijd voor morgen, dinsdag 24 november: wij zoeken nog.", await truus.AsksAsync("is er al iemand?"));
    }

    [Fact]
    public async Task A_request_from_someone_who_does_not_want_to_share_goes_to_a_coordinator()
    {
        var ria = Server.Phone("+31611111111");
        await ria.SaysAsync("hallo");
        await ria.SaysAsync("Ria");
        await ria.SaysAsync("Lindelaan 4, 1234 AB");
        await ria.SaysAsync("nee");
        await ria.SaysAsync("ik wil morgen 1 portie, geen wensen, graag thuisbezorgd");

        Assert.Equal("Dank u wel, uw vraag staat genoteerd. Een medewerker neemt contact met u op om het verder te regelen.", await ria.AsksAsync("ja"));
        var item = await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync());
        Assert.Equal("meal-without-consent", item.Reason);
    }
}
