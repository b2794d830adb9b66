using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>Help asked for without naming it: a computer or phone that "doet raar", "wil niet aan", "loopt vast"; "help, mijn printer..." is a cry for help, not "(ik) help graag"; being alone asks for company; a broken thing of ones own is a repair, not a loan.</summary>
public sealed class IndirectHelpTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // A thing of theirs that misbehaves is a request for digital help; being alone asks for company
    [InlineData("mijn laptop doet raar, kan iemand even kijken", Intent.HelpRequest)]
    [InlineData("mijn telefoon doet vreemd, er komen steeds berichtjes", Intent.HelpRequest)]
    [InlineData("help mijn computer doet het niet meer", Intent.HelpRequest)]
    [InlineData("help, mijn tablet wil niet aan", Intent.HelpRequest)]
    [InlineData("mijn printer print niks meer, wie weet raad", Intent.HelpRequest)]
    [InlineData("de tv doet het niet meer na de update", Intent.HelpRequest)]
    [InlineData("ik zit de hele dag alleen, wil iemand eens langskomen", Intent.HelpRequest)]
    [InlineData("mijn moeder zit de hele dag alleen, wie wil een praatje komen maken", Intent.HelpRequest)]
    [InlineData("ik ben zo alleen sinds mijn man overleden is, wil iemand eens koffie komen drinken", Intent.HelpRequest)]
    [InlineData("ik zit vaak alleen en zou het fijn vinden als iemand eens langskomt", Intent.HelpRequest)]
    [InlineData("mijn computer geeft steeds rare meldingen, wie kan helpen", Intent.HelpRequest)]
    [InlineData("mijn mobiel doet raar, ik krijg steeds rare berichtjes", Intent.HelpRequest)]
    [InlineData("de laptop van mijn vader wil niet meer opstarten", Intent.HelpRequest)]
    [InlineData("mijn tablet loopt steeds vast, wie weet er raad mee", Intent.HelpRequest)]
    [InlineData("mijn wifi werkt niet meer sinds gisteren, kan iemand komen kijken", Intent.HelpRequest)]
    [InlineData("het internet doet het niet, help", Intent.HelpRequest)]
    [InlineData("mijn telefoon geeft steeds een foutmelding", Intent.HelpRequest)]
    [InlineData("ik voel me eenzaam, is er iemand die eens langs wil komen", Intent.HelpRequest)]
    [InlineData("mijn vader woont alleen en ziet bijna niemand, wie wil eens bij hem op bezoek", Intent.HelpRequest)]
    [InlineData("mijn grasmaaier doet het niet meer, wie kan er naar kijken", Intent.HelpRequest)]
    [InlineData("onze wasmachine is kapot, kan iemand hem repareren", Intent.HelpRequest)]
    [InlineData("mijn grasmaaier is kapot, heeft iemand er een te leen?", Intent.LoanRequest)]
    [InlineData("de grasmaaier van de buren maakt veel lawaai", Intent.None)]
    [InlineData("de verwarming doet raar, kan iemand komen kijken", Intent.HelpRequest)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
