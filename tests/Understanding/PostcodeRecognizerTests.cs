using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class PostcodeRecognizerTests
{
    [Theory]
    [InlineData("1234 ab", "1234AB")]
    [InlineData("1234AB", "1234AB")]
    [InlineData("1234ab", "1234AB")]
    [InlineData("1234-ab", "1234AB")]
    [InlineData("postcode 3512 jk", "3512JK")]
    [InlineData("mijn postcode is 3512JK.", "3512JK")]
    [InlineData("ik woon in 9711 LM Groningen", "9711LM")]
    [InlineData("pc: 1012 OP", "1012OP")]
    [InlineData("postcode 1234 en huisnummer 5", "1234EN")]
    public void Normalises_dutch_postcodes(string text, string expected) => Assert.Equal(expected, PostcodeRecognizer.Recognize(text));

    [Theory]
    [InlineData("0123 ab")]
    [InlineData("1234 abc")]
    [InlineData("123456")]
    [InlineData("12 maart 2026 om 6 uur")]
    [InlineData("in 2026 om zes uur")]
    [InlineData("1234 ss")]
    [InlineData("bel 0612345678")]
    [InlineData("")]
    public void Finds_no_postcode(string text) => Assert.Null(PostcodeRecognizer.Recognize(text));
}
