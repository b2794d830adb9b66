using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>A loan or help: a thing asked for ("boormachine nodig", "die ik mag gebruiken", "voor effe") is a loan request even when the job is named; a job to be done by someone is help.</summary>
public sealed class LoanOrHelpTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // A lendable thing needed, asked for, or wanted for a while is a loan request, whatever job it is for; someone coming to do the job is help
    [InlineData("heb een ladder nodig om de dakgoot schoon te maken", Intent.LoanRequest)]
    [InlineData("boormachine nodig om een plank op te hangen", Intent.LoanRequest)]
    [InlineData("wie heeft er een heggenschaar? mijn heg moet gesnoeid", Intent.LoanRequest)]
    [InlineData("zoek een steekkar die ik mag gebruiken voor de verhuizing", Intent.LoanRequest)]
    [InlineData("heeft iemand een behangstomer voor effe", Intent.LoanRequest)]
    [InlineData("aanhanger te leen voor zaterdag? moet tuinafval wegbrengen", Intent.LoanRequest)]
    [InlineData("een schuurmachine nodig voor 1 dagje om de deur te schuren", Intent.LoanRequest)]
    [InlineData("is er iemand met een hogedrukreiniger die ik mag gebruiken voor het terras", Intent.LoanRequest)]
    [InlineData("wie heeft een grasmaaier die ik ff mag gebruiken", Intent.LoanRequest)]
    [InlineData("ik zoek een kruiwagen te leen om zand te verplaatsen", Intent.LoanRequest)]
    [InlineData("decoupeerzaag nodig voor een uurtje, plank moet korter", Intent.LoanRequest)]
    [InlineData("wie heeft er een waterpas, wil schilderijen ophangen", Intent.LoanRequest)]
    [InlineData("ik heb een trapje nodig om de lamp te vervangen", Intent.LoanRequest)]
    [InlineData("Iemand een stofzuiger voor effe? de mijne is kapot", Intent.LoanRequest)]
    [InlineData("wie kan me helpen een plank op te hangen", Intent.HelpRequest)]
    [InlineData("kan iemand mijn heg knippen, ik kan het niet meer", Intent.HelpRequest)]
    [InlineData("wie kan mijn lamp ophangen? ik heb zelf een ladder", Intent.HelpRequest)]
    [InlineData("boormachiene nodig voor 10 minuten, iemand? moet 3 gaatjes boren", Intent.LoanRequest)]
    [InlineData("ladder nodig voor een half uurtje, iemand? dakgoot zit vol bladeren", Intent.LoanRequest)]
    [InlineData("heggeschaar nodig, wie? de heg is veel te hoog", Intent.LoanRequest)]
    [InlineData("is er iemand met een trap die ik mag gebruiken, ik wil de lamp ophangen", Intent.LoanRequest)]
    [InlineData("graag een steekwagen te leen om de kast naar boven te krijgen", Intent.LoanRequest)]
    [InlineData("wie heeft er een grasmaaier voor effe, het gras staat hoog", Intent.LoanRequest)]
    [InlineData("mag ik ff jullie ladder gebruiken voor de goot", Intent.LoanRequest)]
    [InlineData("heeft iemand een boor die ik vanmiddag mag gebruiken, wil een plankje ophangen", Intent.LoanRequest)]
    [InlineData("behangafstomer nodig om behang van de muur te halen", Intent.LoanRequest)]
    [InlineData("mijn dakgoot zit vol, wie kan hem schoonmaken", Intent.HelpRequest)]
    [InlineData("kan iemand met een boormachine bij mij een plank ophangen", Intent.HelpRequest)]
    [InlineData("iemand een slijptol voor even? morgen terug", Intent.LoanRequest)]
    [InlineData("wie heeft er een plaatzaag te leen", Intent.LoanRequest)]
    [InlineData("ik zoek een ontstopper die ik mag gebruiken, gootsteen is verstopt", Intent.LoanRequest)]
    [InlineData("een tegelzaag nodig voor een dagje, badkamer wordt betegeld", Intent.LoanRequest)]
    [InlineData("kan iemand een oogje in het zeil houden bij mijn moeder", Intent.HelpRequest)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
