using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class ParserItemTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("Heeft iemand een boormachine te leen?", "boormachine")]
    [InlineData("twee klapstoelen lenen", "klapstoel")]
    [InlineData("mag ik een elektrische boormachine lenen", "boormachine")]
    [InlineData("mag ik je ladder lenen tot zondag", "ladder")]
    [InlineData("heeft iemand een ladder of een trap", "ladder")]
    [InlineData("wie heeft er steigers te leen", "steiger")]
    [InlineData("Ik heb een partytent die je mag lenen", "partytent")]
    [InlineData("heeft iemand een grasmaaier te leen", "grasmaaier")]
    [InlineData("heeft iemand een boormachien", "boormachine")]
    [InlineData("kan ik ergens 4 tuinstoelen lenen", "tuinstoel")]
    [InlineData("heeft iemand een fondueset te leen voor zaterdag", "fondueset")]
    [InlineData("ik zoek een rolstoel om te lenen voor mijn moeder", "rolstoel")]
    [InlineData("onze hogedrukreiniger mag geleend worden", "hogedrukreiniger")]
    [InlineData("wie kan mij een kinderwagen lenen", "kinderwagen")]
    [InlineData("naaimachine te leen gezocht", "naaimachine")]
    [InlineData("Heeft iemand een aanhangwagen voor me?", "aanhangwagen")]
    [InlineData("ik wil graag de kruiwagen lenen", "kruiwagen")]
    [InlineData("heeft iemand startkabels", "startkabel")]
    [InlineData("ik heb verhuisdozen over, wie wil ze lenen", "verhuisdoos")]
    public void Names_the_thing_in_the_singular_without_article_or_adjective(string text, string item)
    {
        var parsed = DutchParser.Parse(text, Now);
        Assert.True(parsed.Intent is Intent.LoanRequest or Intent.LoanOffer, $"intent was {parsed.Intent}");
        Assert.Equal(item, parsed.Item);
    }

    [Fact]
    public void A_cancel_names_the_thing_it_cancels() =>
        Assert.Equal("ladder", DutchParser.Parse("annuleer mijn vraag voor de ladder", Now).Item);

    [Theory]
    [InlineData("Ik zou morgen graag een warme maaltijd willen")]
    [InlineData("kan iemand mij naar het ziekenhuis brengen")]
    [InlineData("ja")]
    public void Has_no_thing_outside_loans(string text) => Assert.Null(DutchParser.Parse(text, Now).Item);
}
