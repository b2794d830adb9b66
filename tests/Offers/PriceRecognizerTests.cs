using System.Globalization;
using BuurtBot.Dialogs.Offers;

namespace BuurtBot.Tests.Offers;

public sealed class PriceRecognizerTests
{
    [Theory]
    [InlineData("4 euro per portie", "4")]
    [InlineData("€3,50 p.p.", "3.50")]
    [InlineData("€ 3,50 pp", "3.50")]
    [InlineData("3.50 per persoon", "3.50")]
    [InlineData("3,50 per portie", "3.50")]
    [InlineData("vier euro", "4")]
    [InlineData("Vier Euro Vijftig per bord", "4.50")]
    [InlineData("drie euro 50", "3.50")]
    [InlineData("een tientje", "10")]
    [InlineData("een knaak per portie", "2.50")]
    [InlineData("halve euro", "0.50")]
    [InlineData("50 cent per bakje", "0.50")]
    [InlineData("5,- per portie", "5")]
    [InlineData("€5,-", "5")]
    [InlineData("5 eur", "5")]
    [InlineData("4 euro's", "4")]
    [InlineData("3 euro pp", "3")]
    [InlineData("prijs: 4", "4")]
    [InlineData("het kost 3,50", "3.50")]
    [InlineData("Ik kook donderdag 4 porties stamppot, 4 euro per portie", "4")]
    [InlineData("4 porties om 6 uur, 3 euro per portie", "3")]
    [InlineData("10 euro voor 4 porties", "2.50")]
    [InlineData("€10 voor de 4 porties", "2.50")]
    [InlineData("4 porties voor 10 euro", "2.50")]
    [InlineData("12 euro voor drie porties", "4")]
    [InlineData("10 euro voor 3 porties", "3.33")]
    [InlineData("ik maak 5 porties, 15 euro in totaal", "3")]
    [InlineData("gratis bezorgd, 4 euro p.p.", "4")]
    [InlineData("eh vier euro eh per portie", "4")]
    public void Reads_the_amount_per_portion(string text, string amount) =>
        Assert.Equal(new Price(decimal.Parse(amount, CultureInfo.InvariantCulture), false), PriceRecognizer.Recognize(text));

    [Theory]
    [InlineData("gratis")]
    [InlineData("GRATIS!")]
    [InlineData("voor niks")]
    [InlineData("voor niets hoor")]
    [InlineData("kost niks")]
    [InlineData("het kost niets")]
    [InlineData("u hoeft niks te betalen")]
    [InlineData("je hoeft er niets voor te betalen")]
    [InlineData("kosteloos")]
    [InlineData("voor noppes")]
    [InlineData("0 euro")]
    [InlineData("Ik kook zaterdag lasagne, gratis voor de buren")]
    public void Reads_free(string text) => Assert.Equal(Price.Gratis, PriceRecognizer.Recognize(text));

    [Theory]
    [InlineData("tegen een kleine vergoeding")]
    [InlineData("een vrijwillige bijdrage graag")]
    [InlineData("tegen kostprijs")]
    [InlineData("niet gratis")]
    [InlineData("een paar euro")]
    [InlineData("15 euro in totaal")]
    public void Reads_a_payment_without_an_amount(string text) => Assert.Equal(Price.Unspecified, PriceRecognizer.Recognize(text));

    [Theory]
    [InlineData("4 porties om 6 uur")]
    [InlineData("ik kook donderdag 4 porties stamppot")]
    [InlineData("om 18.30 uur")]
    [InlineData("voor 2 personen")]
    [InlineData("Kerkstraat 12, 3512 JK")]
    [InlineData("06 12345678")]
    [InlineData("ik heb 3 kinderen")]
    [InlineData("elke dinsdag")]
    [InlineData("het is niet voor niks dat ik kook")]
    [InlineData("")]
    public void Finds_no_price_in_other_numbers(string text) => Assert.Null(PriceRecognizer.Recognize(text));
}
