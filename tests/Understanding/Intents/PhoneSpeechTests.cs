using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>Voice transcripts: hesitations ("eh", "ehm"), a phone opening ("ja hallo? ja. met Henk.") and repeated words neither hide a request nor make it a yes; a short reply stays a yes or no.</summary>
public sealed class PhoneSpeechTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // Phone transcripts: fillers, "ja hallo? ja. met Henk.", repeated words hide neither the request nor turn it into a yes
    [InlineData("ja hallo eh ik wou graag een maaltijd voor morgen", Intent.MealRequest)]
    [InlineData("ja hallo? ja met Truus. eh ik wil graag eten voor zaterdag", Intent.MealRequest)]
    [InlineData("ja goedemiddag met eh mevrouw Jansen eh ik zou eh morgen graag een warme maaltijd willen", Intent.MealRequest)]
    [InlineData("ja. met Henk. ik wil graag een portie soep morgen", Intent.MealRequest)]
    [InlineData("uh hallo, uh met Jan, uh ik wil graag uh een maaltijd bestellen voor morgen", Intent.MealRequest)]
    [InlineData("ja hallo, ja, eh, ik heb eh vanavond eh geen eten, kan iemand iets brengen", Intent.MealRequest)]
    [InlineData("hallo? ja eh met mevrouw Bakker eh ik had graag eh twee maaltijden voor eh vrijdag", Intent.MealRequest)]
    [InlineData("ja eh ik zoek eh een ladder voor eh zaterdag", Intent.LoanRequest)]
    [InlineData("ja hallo eh ik wou vragen eh of iemand een eh rolstoel heeft voor eh een weekje", Intent.LoanRequest)]
    [InlineData("ja eh ik heb eh een aanhanger eh die mogen mensen lenen", Intent.LoanOffer)]
    [InlineData("ja eh ik wil eh wat aanbieden eh ik kook vrijdag eh soep voor eh vier mensen extra", Intent.MealOffer)]
    [InlineData("ja met Gerda eh ik heb eh soep over, eh wie wil", Intent.MealOffer)]
    [InlineData("ja hallo eh ja met Piet eh kan iemand mij eh dinsdag naar de dokter brengen", Intent.HelpRequest)]
    [InlineData("ja eh ik bel omdat eh ik wil eh graag helpen met eh boodschappen doen", Intent.HelpOffer)]
    [InlineData("ja eh met eh Kees eh mijn eh mijn printer doet het eh niet", Intent.HelpRequest)]
    [InlineData("ja ja, eh, met Annie, ik eh ik heb eh hulp nodig met eh de tuin", Intent.HelpRequest)]
    [InlineData("ja eh ja dat is goed", Intent.Confirm)]
    [InlineData("ja hoor eh prima", Intent.Confirm)]
    [InlineData("nee eh nee dank u", Intent.Decline)]
    [InlineData("ja ja, doe maar", Intent.Confirm)]
    [InlineData("eh ja, zaterdag is goed", Intent.Confirm)]
    [InlineData("eh nee, dat hoeft niet", Intent.Decline)]
    [InlineData("ja eh ik zoek eh zo'n eh ding om eh gras te maaien. een grasmaaier. voor eh zaterdag.", Intent.LoanRequest)]
    [InlineData("ja hallo? ja. met Ria. ik zou eh graag eh morgen een maaltijd eh willen hebben", Intent.MealRequest)]
    [InlineData("hallo, ja, eh, met de Vries, eh, ik eh ik wil eh graag eten laten brengen morgen", Intent.MealRequest)]
    [InlineData("ja eh goedemiddag eh ik heb eh soep gemaakt eh voor eh zes mensen eh wie wil", Intent.MealOffer)]
    [InlineData("ja met eh Bep eh kan er eh iemand eh mijn eh hond uitlaten morgen", Intent.HelpRequest)]
    [InlineData("ja hallo met Gert eh ik heb eh een aanhanger eh staan eh die mag eh iedereen lenen", Intent.LoanOffer)]
    [InlineData("ja ja ja, dat is prima", Intent.Confirm)]
    [InlineData("ja hoor eh doe maar eh morgen", Intent.Confirm)]
    [InlineData("nee nee, eh, dat hoeft niet", Intent.Decline)]
    [InlineData("ja eh hallo met eh Joke eh mijn eh computer doet eh raar", Intent.HelpRequest)]
    [InlineData("eh ja eh ik heb eh een eh boormachine nodig voor eh morgen", Intent.LoanRequest)]
    [InlineData("ja eh dit is eh meneer Pietersen eh ik wou eh graag een warme maaltijd voor vrijdag", Intent.MealRequest)]
    [InlineData("ja eh prima, tot morgen", Intent.Confirm)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
