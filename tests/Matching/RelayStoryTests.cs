using BuurtBot.Dialogs.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>While a match is active, either side sends the other a message through the bot; no phone number is shown.</summary>
public sealed class RelayStoryTests : ConversationFixture
{
    private const string Truus = "+31612345678";
    private const string Kees = "+31622222222";

    [Fact]
    public async Task Truus_and_kees_pass_messages_through_the_bot_and_the_coordinator_can_read_them()
    {
        var kees = await CookAsync(Kees, "Kees", "Dorpsweg 12, 1235 XY", "ik kook morgen 3 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await kees.SaysAsync("ja");

        Assert.Equal(["Ik heb uw bericht doorgegeven aan Kees."], await truus.SaysAsync("zeg tegen Kees dat ik om 6 uur kom"));
        Assert.Equal("Bericht van Truus via BuurtBot: \"zeg tegen Kees dat ik om 6 uur kom\"", await kees.LastMessageAsync());

        Assert.Equal(["Ik heb uw bericht doorgegeven aan Truus."], await kees.SaysAsync("Laat Truus weten dat de achterdeur open is"));
        Assert.Equal("Bericht van Kees via BuurtBot: \"Laat Truus weten dat de achterdeur open is\"", await truus.LastMessageAsync());

        var relayed = await Server.QueryAsync(db => db.RelayedMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        Assert.Equal(["zeg tegen Kees dat ik om 6 uur kom", "Laat Truus weten dat de achterdeur open is"], relayed);
        Assert.DoesNotContain(await Server.QueryAsync(db => db.OutboxMessages.Select(m => m.Text).ToListAsync()),
            text => text.Contains("612345678", StringComparison.Ordinal) || text.Contains("622222222", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_for_someone_without_an_agreement_is_not_passed_on()
    {
        var kees = await CookAsync(Kees, "Kees", "Dorpsweg 12, 1235 XY", "ik kook morgen 3 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        var keesInbox = (await kees.InboxAsync()).Count;

        Assert.Equal(["U heeft op dit moment geen afspraak via BuurtBot, dus ik kan het bericht aan niemand doorgeven."],
            await truus.SaysAsync("zeg tegen Kees dat ik om 6 uur kom"));

        Assert.Equal(keesInbox, (await kees.InboxAsync()).Count);
        Assert.Equal(0, await Server.QueryAsync(db => db.RelayedMessages.CountAsync()));
    }

    [Theory]
    [InlineData("zeg tegen Anna dat ik om 6 uur kom", "Anna")]
    [InlineData("Zeg even tegen piet: ik ben wat later", "Piet")]
    [InlineData("vertel Kees dat het eten heerlijk was", "Kees")]
    [InlineData("kunt u alstublieft tegen Anna zeggen dat ik er om zes uur ben", "Anna")]
    [InlineData("wil je aan Piet doorgeven dat ik wat later ben", "Piet")]
    [InlineData("laat Anna maar weten dat de deur open is", "Anna")]
    [InlineData("bericht voor Joke: ik neem een pan mee", "Joke")]
    [InlineData("zeg tegen mijn dochter dat ik slaap", null)]
    [InlineData("ik wil morgen een maaltijd", null)]
    [InlineData("zeg", null)]
    public void Who_a_message_is_for(string text, string? name) =>
        Assert.Equal(name, RelayRecognizer.Recognize(text)?.RecipientName);
}
