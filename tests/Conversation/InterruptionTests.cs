using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Conversation;

/// <summary>What a person can say in any state: annuleer, menu, opnieuw, stop; and what a day of silence does.</summary>
public sealed class InterruptionTests : ConversationFixture
{
    private const string Truus = "+31612345678";

    [Theory]
    [InlineData("laat maar")]
    [InlineData("Annuleer")]
    [InlineData("laat maar zitten hoor")]
    public async Task Cancelling_in_the_middle_of_a_meal_request_stops_it_and_stores_nothing(string cancel)
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een maaltijd");

        Assert.Equal(
            "Goed, ik ben gestopt met uw vraag om een maaltijd. Stuur gerust een bericht als u iets nodig heeft.",
            await truus.AsksAsync(cancel));
        Assert.Equal(0, await Server.QueryAsync(db => db.Requests.CountAsync()));
        Assert.Equal("Voor hoeveel personen is de maaltijd?", await truus.AsksAsync("ik wil morgen een maaltijd"));
    }

    [Fact]
    public async Task Menu_in_the_middle_of_a_question_shows_the_menu_and_a_choice_starts_that()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een maaltijd");

        Assert.Equal(
            "Ik ben gestopt met uw vraag om een maaltijd. Waarmee kan ik u helpen? Antwoord met een cijfer: 1 een maaltijd, 2 iets lenen, 3 hulp, 0 een medewerker spreken.",
            await truus.AsksAsync("menu"));
        Assert.StartsWith("Voor welke dag wilt u een maaltijd?", await truus.AsksAsync("1"));
    }

    [Fact]
    public async Task Help_is_the_menu_too()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        Assert.StartsWith("Waarmee kan ik u helpen?", await truus.AsksAsync("help"));
        Assert.StartsWith("Voor welke dag", await truus.AsksAsync("maaltijd"));
    }

    [Fact]
    public async Task Opnieuw_starts_the_meal_request_again_from_its_first_question()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een maaltijd");
        await truus.SaysAsync("3");

        Assert.Equal(["Goed, we beginnen opnieuw.", "Voor welke dag wilt u een maaltijd? Bijvoorbeeld: morgen of zaterdag."], await truus.SaysAsync("opnieuw"));
    }

    [Fact]
    public async Task Stop_opts_out_once_nothing_is_answered_after_it_and_start_opts_back_in()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een maaltijd");

        Assert.Equal("U krijgt geen berichten meer van BuurtBot. Wilt u later toch weer berichten? Stuur dan START.", await truus.AsksAsync("STOP"));
        Assert.Empty(await truus.SaysAsync("stop"));
        Assert.Empty(await truus.SaysAsync("ik wil een maaltijd"));
        Assert.NotNull((await Server.QueryAsync(db => db.Members.SingleAsync())).OptedOutAt);

        Assert.StartsWith("Welkom terug bij BuurtBot.", await truus.AsksAsync("start"));
        Assert.Equal("Voor welke dag wilt u een maaltijd? Bijvoorbeeld: morgen of zaterdag.", await truus.AsksAsync("ik wil een maaltijd"));
        Assert.Null((await Server.QueryAsync(db => db.Members.SingleAsync())).OptedOutAt);
    }

    [Theory]
    [InlineData("afmelden")]
    [InlineData("Stoppen")]
    [InlineData("ik wil geen berichten meer")]
    public async Task Dutch_ways_of_saying_stop_opt_out_too(string stop)
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        Assert.StartsWith("U krijgt geen berichten meer", await truus.AsksAsync(stop));
    }

    [Fact]
    public async Task After_a_day_of_silence_the_conversation_starts_fresh_and_the_person_is_told_where_they_were()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een maaltijd");
        Server.Time.Advance(TimeSpan.FromHours(25));

        var replies = await truus.SaysAsync("hallo");

        Assert.Equal("U was eerder bezig met uw vraag om een maaltijd. Dat is gestopt omdat het lang stil bleef.", replies[0]);
        Assert.StartsWith("Dag Truus! Waarmee kan ik u helpen?", replies[1]);
    }

    [Fact]
    public async Task Less_than_a_day_of_silence_continues_where_the_person_was()
    {
        var truus = await RegisteredAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een maaltijd");
        Server.Time.Advance(TimeSpan.FromHours(23));

        Assert.StartsWith("Heeft u wensen voor het eten?", await truus.AsksAsync("2"));
    }
}
