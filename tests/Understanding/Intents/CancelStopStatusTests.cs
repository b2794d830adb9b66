using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>Cancel, stop and status in other words: a request withdrawn ("mijn aanvraag schrappen", "haal mijn vraag weg", "mag eraf"), leaving ("haal mij uit het systeem", "schrijf me uit"), and "is er al iemand die ...?"; removing other things is no cancel.</summary>
public sealed class CancelStopStatusTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // Withdrawing a request, leaving the system, and asking how an earlier request stands, said in other words
    [InlineData("wil mijn vraag intrekken", Intent.Cancel)]
    [InlineData("mijn aanvraag voor de ladder mag weg", Intent.Cancel)]
    [InlineData("kunt u mijn verzoek schrappen", Intent.Cancel)]
    [InlineData("haal mijn vraag maar weg", Intent.Cancel)]
    [InlineData("mijn aanvraag mag geschrapt worden, het is geregeld", Intent.Cancel)]
    [InlineData("graag mijn oproep voor de boormachine weghalen", Intent.Cancel)]
    [InlineData("kun je mijn vraag voor morgen weghalen, hoeft niet meer", Intent.Cancel)]
    [InlineData("schrap mijn aanvraag maar", Intent.Cancel)]
    [InlineData("ik trek mijn vraag in", Intent.Cancel)]
    [InlineData("haal mij uit het systeem", Intent.Stop)]
    [InlineData("haal me uit jullie bestand", Intent.Stop)]
    [InlineData("ik wil niet meer in het systeem staan", Intent.Stop)]
    [InlineData("haal mijn gegevens weg", Intent.Stop)]
    [InlineData("schrijf me uit", Intent.Stop)]
    [InlineData("verwijder mij uit het systeem aub", Intent.Stop)]
    [InlineData("is er al iemand die morgen naar mijn moeder gaat?", Intent.Status)]
    [InlineData("is er al iemand die mijn vader komt helpen?", Intent.Status)]
    [InlineData("is er inmiddels iemand die de ladder brengt?", Intent.Status)]
    [InlineData("weet u al of er iemand komt?", Intent.Status)]
    [InlineData("heeft zich al iemand gemeld voor mijn moeder?", Intent.Status)]
    [InlineData("is er al iemand die zaterdag voor ons kookt?", Intent.Status)]
    [InlineData("is er iemand die morgen naar mijn moeder kan gaan?", Intent.HelpRequest)]
    [InlineData("mijn hulpvraag mag eraf", Intent.Cancel)]
    [InlineData("wilt u de aanvraag voor dinsdag schrappen", Intent.Cancel)]
    [InlineData("de vraag over de ladder mag worden verwijderd", Intent.Cancel)]
    [InlineData("haal mijn oproep voor de boodschappen er maar af", Intent.Cancel)]
    [InlineData("ik wil uit het bestand", Intent.Stop)]
    [InlineData("haal ons van de lijst", Intent.Stop)]
    [InlineData("schrijf mij uit bij buurtbot", Intent.Stop)]
    [InlineData("is er al iemand die voor mijn vader gaat koken?", Intent.Status)]
    [InlineData("heeft er al iemand gereageerd op mijn vraag voor de ladder?", Intent.Status)]
    [InlineData("komt er nou nog iemand voor mijn boodschappen?", Intent.Status)]
    [InlineData("is er iemand die morgen voor mijn vader kan koken?", Intent.MealRequest)]
    [InlineData("is er iemand die zaterdag voor ons kookt?", Intent.MealRequest)]
    [InlineData("kan iemand mijn tuinafval weghalen", Intent.HelpRequest)]
    [InlineData("heeft iemand een aanhanger? moet oude meubels weghalen", Intent.LoanRequest)]
    [InlineData("wie kan mijn vraag over de DigiD beantwoorden", Intent.HelpRequest)]
    [InlineData("is er nog iemand die morgen voor mij kan koken?", Intent.MealRequest)]
    [InlineData("is er inmiddels al iemand gevonden?", Intent.Status)]
    [InlineData("mijn moeder is gisteren uit het ziekenhuis gekomen", Intent.None)]
    [InlineData("verwijder mijn gegevens", Intent.Stop)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
