using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Conversation;

/// <summary>Not understood once: help; twice: the menu; a third time: the offer of a coordinator.</summary>
public sealed class MisunderstandingTests : ConversationFixture
{
    [Fact]
    public async Task Three_messages_in_a_row_that_are_not_understood_lead_to_a_coordinator()
    {
        var truus = await RegisteredAsync("+31612345678", "Truus");
        Assert.StartsWith("Graag gedaan!", await truus.AsksAsync("dank u wel"));

        Assert.StartsWith("Sorry, dat begreep ik niet.", await truus.AsksAsync("qwerty"));
        Assert.StartsWith("Ik begrijp u nog niet goed. Waarmee kan ik u helpen?", await truus.AsksAsync("het regent pijpenstelen"));
        Assert.StartsWith("Het lukt mij niet goed om u te helpen. Zal ik een medewerker vragen", await truus.AsksAsync("zonnebloem"));
        Assert.StartsWith("Dat is doorgegeven.", await truus.AsksAsync("ja graag"));

        var item = await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync());
        Assert.Equal("prompt:main.menu", item.Reason);
        Assert.Contains("zonnebloem", item.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Understanding_something_in_between_starts_the_count_again()
    {
        var truus = await RegisteredAsync("+31612345678", "Truus");
        Assert.StartsWith("Graag gedaan!", await truus.AsksAsync("dank u wel"));

        Assert.StartsWith("Sorry, dat begreep ik niet.", await truus.AsksAsync("qwerty"));
        Assert.StartsWith("Graag gedaan!", await truus.AsksAsync("dank je wel"));
        Assert.StartsWith("Sorry, dat begreep ik niet.", await truus.AsksAsync("het regent pijpenstelen"));
    }

    [Fact]
    public async Task Asking_for_a_person_in_the_menu_puts_the_member_in_the_coordinator_queue()
    {
        var truus = await RegisteredAsync("+31612345678", "Truus");
        await truus.SaysAsync("menu");

        Assert.StartsWith("Ik vraag een medewerker om contact met u op te nemen.", await truus.AsksAsync("0"));
        Assert.Equal("asked-for-coordinator", (await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync())).Reason);
    }

    [Fact]
    public async Task When_the_bot_is_unsure_what_is_meant_it_asks_an_either_or_question()
    {
        var truus = await RegisteredAsync("+31612345678", "Truus");
        Assert.StartsWith("Graag gedaan!", await truus.AsksAsync("dank u wel"));

        // A bare "soep": wanting soup, or offering it? The parser is unsure, so the bot asks.
        Assert.Equal("Wilt u een maaltijd krijgen, of zelf een maaltijd aanbieden? Antwoord 1 of 2.", await truus.AsksAsync("soep"));
        Assert.StartsWith("Voor welke dag wilt u een maaltijd?", await truus.AsksAsync("1"));
    }
}
