using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>A thing mentioned without a lending verb or a request or offer ("de tafel is rond", "mijn kleinzoon heeft een nieuwe fiets") is no loan.</summary>
public sealed class ThingMentionedTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // A thing named without lending, asking or offering: news, not a loan
    [InlineData("de tafel is rond", Intent.None)]
    [InlineData("mijn kleinzoon heeft een nieuwe fiets", Intent.None)]
    [InlineData("ik heb een nieuwe boormachine gekocht", Intent.None)]
    [InlineData("de buurman heeft een aanhanger", Intent.None)]
    [InlineData("mijn fiets staat in de schuur", Intent.None)]
    [InlineData("onze ladder is te kort", Intent.None)]
    [InlineData("de stoel in de gang is wiebelig", Intent.None)]
    [InlineData("mijn dochter heeft een nieuwe auto", Intent.None)]
    [InlineData("ik heb een ladder gekregen van mijn zoon", Intent.None)]
    [InlineData("mijn buurman heeft een mooie bakfiets", Intent.None)]
    [InlineData("de grasmaaier van de buren maakt veel lawaai", Intent.None)]
    [InlineData("ik heb een nieuwe fiets gekocht, de oude mag iemand hebben", Intent.LoanOffer)]
    [InlineData("mijn zoon heeft een aanhanger die jullie mogen lenen", Intent.LoanOffer)]
    [InlineData("ons busje staat vaak stil, wie wil mag hem lenen", Intent.LoanOffer)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
