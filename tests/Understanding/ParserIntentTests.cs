using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class ParserIntentTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("Ik zou morgen graag een warme maaltijd willen", Intent.MealRequest)]
    [InlineData("heeft iemand vanavond eten over voor mij", Intent.MealRequest)]
    [InlineData("Ja hallo u spreekt met mevrouw de Boer ik wou vragen of er morgen iemand eh een maaltijd voor mij heeft", Intent.MealRequest)]
    [InlineData("mijn vader (87) kan niet meer koken, kan er woensdag iemand iets brengen? postcode 3512 jk", Intent.MealRequest)]
    [InlineData("goedemorgen, ik zou graag een maaltyd willen voor morgen. groetjes Ria", Intent.MealRequest)]
    [InlineData("Ik kook zaterdag 4 porties lasagne, wie wil er mee eten?", Intent.MealOffer)]
    [InlineData("kook vrijdag nasi, heb 3 porties over, €3,50 p.p., af te halen", Intent.MealOffer)]
    [InlineData("ik heb nog soep over, wie lust er wat?", Intent.MealOffer)]
    [InlineData("Heeft iemand een boormachine te leen?", Intent.LoanRequest)]
    [InlineData("mag ik een ladder lenen tot zondag", Intent.LoanRequest)]
    [InlineData("Ik heb een aanhanger die mensen mogen lenen", Intent.LoanOffer)]
    [InlineData("onze grasmaaier is uit te lenen", Intent.LoanOffer)]
    [InlineData("Mijn moeder heeft hulp nodig met boodschappen op dinsdag", Intent.HelpRequest)]
    [InlineData("wie kan mij naar het ziekenhuis rijden", Intent.HelpRequest)]
    [InlineData("ik moet naar het ziekenhuiss, wie kan mij brengen", Intent.HelpRequest)]
    [InlineData("Ik wil graag helpen, ik heb op woensdag tijd", Intent.HelpOffer)]
    [InlineData("ik kan op zaterdag boodschappen doen voor iemand", Intent.HelpOffer)]
    [InlineData("ja", Intent.Confirm)]
    [InlineData("Ja hoor", Intent.Confirm)]
    [InlineData("prima", Intent.Confirm)]
    [InlineData("doe maar", Intent.Confirm)]
    [InlineData("is goed", Intent.Confirm)]
    [InlineData("👍", Intent.Confirm)]
    [InlineData("ja, om 7 uur", Intent.Confirm)]
    [InlineData("ja ... dank u wel", Intent.Confirm)]
    [InlineData("nee", Intent.Decline)]
    [InlineData("helaas niet", Intent.Decline)]
    [InlineData("kan niet", Intent.Decline)]
    [InlineData("liever niet", Intent.Decline)]
    [InlineData("nee donderdag", Intent.Decline)]
    [InlineData("laat maar", Intent.Cancel)]
    [InlineData("annuleer mijn vraag", Intent.Cancel)]
    [InlineData("hoeft niet meer", Intent.Cancel)]
    [InlineData("ik heb de ladder niet meer nodig", Intent.Cancel)]
    [InlineData("is er al iemand gevonden?", Intent.Status)]
    [InlineData("hoe staat het met mijn vraag", Intent.Status)]
    [InlineData("help", Intent.Menu)]
    [InlineData("hulp", Intent.Menu)]
    [InlineData("?", Intent.Menu)]
    [InlineData("wat kan ik vragen", Intent.Menu)]
    [InlineData("menu", Intent.Menu)]
    [InlineData("hallo", Intent.Greeting)]
    [InlineData("goedemorgen", Intent.Greeting)]
    [InlineData("dank je wel", Intent.Thanks)]
    [InlineData("bedankt!", Intent.Thanks)]
    [InlineData("stop", Intent.Stop)]
    [InlineData("STOP", Intent.Stop)]
    [InlineData("afmelden", Intent.Stop)]
    [InlineData("ik wil geen berichten meer", Intent.Stop)]
    [InlineData("om zes uur", Intent.None)]
    [InlineData("2", Intent.None)]
    [InlineData("asdfgh", Intent.None)]
    [InlineData("", Intent.None)]
    public void Recognises_the_intent(string text, Intent expected) => Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);

    [Fact]
    public void Is_sure_of_a_clear_request() => Assert.True(DutchParser.Parse("Ik zou morgen graag een warme maaltijd willen", Now).Confidence >= 0.8);

    [Fact]
    public void Names_a_runner_up_when_two_intents_compete()
    {
        var parsed = DutchParser.Parse("heeft iemand iets voor mij, eten of een ladder?", Now);
        Assert.NotNull(parsed.Alternative);
        Assert.True(parsed.Confidence <= 0.7);
    }

    [Fact]
    public void Is_unsure_of_nothing_much() => Assert.True(DutchParser.Parse("tja", Now).Confidence < 0.8);
}
