using BuurtBot.Dialogs.Offers;
using BuurtBot.Offers;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Offers;

/// <summary>A cook calls off by message; nobody is asked about that meal afterwards.</summary>
public sealed class OfferWithdrawalTests : ConversationFixture
{
    [Fact]
    public async Task A_cook_who_calls_off_is_not_asked_about_that_day()
    {
        var anna = await CookAsync("+31611111111", "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties stamppot, af te halen");

        Assert.Equal(
            ["Goed, uw maaltijd (stamppot) van morgen, dinsdag 24 november gaat niet door. Ik vraag u er niet meer naar. Had u al met iemand afgesproken? Laat het weten met: zeg tegen ... dat ..."],
            await anna.SaysAsync("ik kan morgen toch niet koken, sorry"));
        Assert.Equal(OfferStatus.Withdrawn, (await Server.QueryAsync(db => db.Offers.SingleAsync())).Status);

        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Assert.Equal(0, await Server.QueryAsync(db => db.Questions.CountAsync()));
        Assert.DoesNotContain(await anna.InboxAsync(), m => m.Text.Contains("Truus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calling_off_without_an_offer_says_so()
    {
        var piet = await IdleMemberAsync("+31613333333", "Piet");
        Assert.Equal(["U heeft op dit moment geen aanbod staan. Wilt u iets anders? Stuur MENU."], await piet.SaysAsync("mijn aanbod gaat niet door"));
    }

    [Theory]
    [InlineData("mijn aanbod gaat niet door", true)]
    [InlineData("ik trek mijn aanbod in", true)]
    [InlineData("ik kan donderdag toch niet koken", true)]
    [InlineData("de boormachine is toch niet meer te leen", true)]
    [InlineData("ik kan niet meer koken, graag een maaltijd", false)]
    [InlineData("ik wil morgen een maaltijd", false)]
    public void What_calls_an_offer_off(string text, bool withdrawal) =>
        Assert.Equal(withdrawal, OfferWithdrawalRecognizer.IsWithdrawal(text));
}
