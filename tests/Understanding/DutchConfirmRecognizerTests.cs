using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class DutchConfirmRecognizerTests
{
    [Theory]
    [InlineData("ja")]
    [InlineData("Ja!")]
    [InlineData("jaaa")]
    [InlineData("jawel")]
    [InlineData("ja hoor")]
    [InlineData("jazeker")]
    [InlineData("ja graag")]
    [InlineData("prima")]
    [InlineData("goed")]
    [InlineData("is goed")]
    [InlineData("dat is goed")]
    [InlineData("oké")]
    [InlineData("oke")]
    [InlineData("OK")]
    [InlineData("okay")]
    [InlineData("doe maar")]
    [InlineData("akkoord")]
    [InlineData("klopt")]
    [InlineData("graag")]
    [InlineData("prima, tot dan")]
    [InlineData("geen probleem")]
    [InlineData("dat kan")]
    [InlineData("👍")]
    [InlineData("👍🏻")]
    public void Reads_yes(string text) => Assert.True(DutchConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("nee")]
    [InlineData("Nee.")]
    [InlineData("neee")]
    [InlineData("nee hoor")]
    [InlineData("nee dank u")]
    [InlineData("nee, dank je wel")]
    [InlineData("liever niet")]
    [InlineData("helaas")]
    [InlineData("helaas niet")]
    [InlineData("kan niet")]
    [InlineData("dat gaat niet")]
    [InlineData("lukt me niet")]
    [InlineData("dat klopt niet")]
    [InlineData("niet goed")]
    [InlineData("geen tijd")]
    [InlineData("👎")]
    public void Reads_no(string text) => Assert.False(DutchConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("misschien")]
    [InlineData("wat bedoelt u")]
    [InlineData("morgen")]
    [InlineData("om zes uur")]
    public void Reads_neither(string text) => Assert.Null(DutchConfirmRecognizer.Recognize(text));
}
