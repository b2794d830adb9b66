using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class ParserCategoryTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("Mijn moeder heeft hulp nodig met boodschappen op dinsdag", HelpCategory.Groceries)]
    [InlineData("wie kan voor mij boodschapen doen", HelpCategory.Groceries)]
    [InlineData("wie haalt mijn recept op bij de apotheek", HelpCategory.Groceries)]
    [InlineData("kan iemand mijn medicijnen bij de apotheek ophalen", HelpCategory.Groceries)]
    [InlineData("kan iemand mij naar de apotheek rijden", HelpCategory.Transport)]
    [InlineData("wie wil voor mij even naar de bakker", HelpCategory.Groceries)]
    [InlineData("wie kan mij naar het ziekenhuis rijden", HelpCategory.Transport)]
    [InlineData("ik moet donderdag naar de huisarts, wie kan me brengen", HelpCategory.Transport)]
    [InlineData("kan iemand mij een lift geven naar het station", HelpCategory.Transport)]
    [InlineData("wie kan mijn dakgoot schoonmaken", HelpCategory.OddJobs)]
    [InlineData("ik zoek iemand die een plank kan ophangen", HelpCategory.OddJobs)]
    [InlineData("hulp gezocht om het gras te maaien", HelpCategory.Garden)]
    [InlineData("wie helpt mij met de tuin", HelpCategory.Garden)]
    [InlineData("mijn vader zou het fijn vinden als iemand een kopje koffie komt drinken", HelpCategory.Company)]
    [InlineData("ik ben eenzaam en zoek gezelschap", HelpCategory.Company)]
    [InlineData("hulp nodig met DigiD", HelpCategory.Digital)]
    [InlineData("wie kan mijn printer aan de praat krijgen, hulp nodig", HelpCategory.Digital)]
    [InlineData("kan iemand helpen met whatsapp op mijn telefoon", HelpCategory.Digital)]
    [InlineData("wie helpt mij met een formulier invullen", HelpCategory.Paperwork)]
    [InlineData("hulp nodig bij de belastingaangifte", HelpCategory.Paperwork)]
    [InlineData("wie kan mijn hond uitlaten", HelpCategory.Pets)]
    [InlineData("kan iemand de kat voeren als ik weg ben", HelpCategory.Pets)]
    [InlineData("hulp gezocht bij ramen lappen", HelpCategory.Household)]
    [InlineData("wie kan mij helpen met schoonmaken", HelpCategory.Household)]
    public void Names_the_kind_of_help(string text, HelpCategory category)
    {
        var parsed = DutchParser.Parse(text, Now);
        Assert.Equal(Intent.HelpRequest, parsed.Intent);
        Assert.Equal(category, parsed.Category);
    }

    [Theory]
    [InlineData("ik kan boodschappen voor mensen doen", HelpCategory.Groceries)]
    [InlineData("ik heb een auto en kan mensen naar het ziekenhuis brengen", HelpCategory.Transport)]
    [InlineData("ik wil graag helpen met klusjes", HelpCategory.OddJobs)]
    public void Names_the_kind_of_help_offered(string text, HelpCategory category)
    {
        var parsed = DutchParser.Parse(text, Now);
        Assert.Equal(Intent.HelpOffer, parsed.Intent);
        Assert.Equal(category, parsed.Category);
    }
}
