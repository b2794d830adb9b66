using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>Requests put in a roundabout way: "is er misschien iemand die...", "kan iemand komen kijken", "iets brengen" when the message is about eating.</summary>
public sealed class RoundaboutRequestTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // Asking someone in roundabout ways; food or help without the usual words
    [InlineData("is er misschien iemand die af en toe met mij wil wandelen", Intent.HelpRequest)]
    [InlineData("is er toevallig iemand die verstand heeft van computers", Intent.HelpRequest)]
    [InlineData("is er morgen misschien iemand die een bordje voor mij opschept", Intent.MealRequest)]
    [InlineData("mijn verwarming maakt een raar geluid, kan iemand komen kijken", Intent.HelpRequest)]
    [InlineData("de kraan in de badkamer drupt, wil iemand even kijken", Intent.HelpRequest)]
    [InlineData("mijn vader eet slecht sinds hij alleen is, kan iemand hem iets brengen", Intent.MealRequest)]
    [InlineData("ze lust alles maar het moet zacht zijn, kan iemand dinsdag iets langsbrengen?", Intent.MealRequest)]
    [InlineData("zou iemand dinsdag iets van de apotheek kunnen brengen", Intent.HelpRequest)]
    [InlineData("kan er iemand vrijdag met mijn moeder naar de markt", Intent.HelpRequest)]
    [InlineData("ik heb gisteren naar de tv gekeken", Intent.None)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
