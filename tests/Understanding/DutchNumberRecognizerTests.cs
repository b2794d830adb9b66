using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class DutchNumberRecognizerTests
{
    [Theory]
    [InlineData("twee", 2)]
    [InlineData("2", 2)]
    [InlineData("2 graag", 2)]
    [InlineData("Drie graag!", 3)]
    [InlineData("voor ons tweeën", 2)]
    [InlineData("voor ons tweeen", 2)]
    [InlineData("met z'n drieën", 3)]
    [InlineData("een stuk of vier", 4)]
    [InlineData("één", 1)]
    [InlineData("1 portie", 1)]
    [InlineData("3 porties", 3)]
    [InlineData("drie porties", 3)]
    [InlineData("voor 4 personen", 4)]
    [InlineData("voor mij alleen", 1)]
    [InlineData("alleen voor mij", 1)]
    [InlineData("voor mij en mijn man", 2)]
    [InlineData("voor mijn vrouw en mij", 2)]
    [InlineData("12", 12)]
    [InlineData("zes", 6)]
    public void Reads_a_count(string text, int expected) => Assert.Equal(expected, DutchNumberRecognizer.Recognize(text));

    [Theory]
    [InlineData("een")]
    [InlineData("een maaltijd")]
    [InlineData("een portie graag")]
    [InlineData("een of twee")]
    [InlineData("2 of 3 porties")]
    [InlineData("geen idee")]
    [InlineData("")]
    [InlineData("om 6 uur")]
    [InlineData("een paar")]
    public void Reads_no_count(string text) => Assert.Null(DutchNumberRecognizer.Recognize(text));
}
