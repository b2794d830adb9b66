using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class DutchDateRecognizerTests
{
    // Monday 23 November 2026, 10:00 in Amsterdam.
    private static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("vandaag", "2026-11-23")]
    [InlineData("morgen", "2026-11-24")]
    [InlineData("overmorgen", "2026-11-25")]
    [InlineData("maandag", "2026-11-30")]
    [InlineData("dinsdag", "2026-11-24")]
    [InlineData("op zondag", "2026-11-29")]
    [InlineData("woensdag a.s.", "2026-11-25")]
    [InlineData("aanstaande vrijdag", "2026-11-27")]
    [InlineData("volgende week dinsdag", "2026-12-01")]
    [InlineData("dinsdag volgende week", "2026-12-01")]
    [InlineData("volgende week zaterdag", "2026-12-05")]
    [InlineData("deze week donderdag", "2026-11-26")]
    [InlineData("12 maart", "2027-03-12")]
    [InlineData("12-3", "2027-03-12")]
    [InlineData("12/03", "2027-03-12")]
    [InlineData("12-03-2027", "2027-03-12")]
    [InlineData("12 januari", "2027-01-12")]
    [InlineData("30 november", "2026-11-30")]
    [InlineData("23 november", "2026-11-23")]
    [InlineData("22 november", "2027-11-22")]
    [InlineData("vrijdag 4 december", "2026-12-04")]
    [InlineData("zaterdag de 28e", "2026-11-28")]
    [InlineData("de 5e", "2026-12-05")]
    [InlineData("over twee dagen", "2026-11-25")]
    [InlineData("over 3 dagen", "2026-11-26")]
    [InlineData("over een week", "2026-11-30")]
    [InlineData("vanaf zaterdag", "2026-11-28")]
    [InlineData("van zaterdag tot maandag", "2026-11-28")]
    [InlineData("van 1 tot 12 december", "2026-12-01")]
    [InlineData("kerstavond", "2026-12-24")]
    [InlineData("eerste kerstdag", "2026-12-25")]
    [InlineData("tweede kerstdag", "2026-12-26")]
    [InlineData("oudejaarsdag", "2026-12-31")]
    [InlineData("koningsdag", "2027-04-27")]
    [InlineData("niet vandaag maar morgen", "2026-11-24")]
    [InlineData("vandaag niet, morgen wel", "2026-11-24")]
    [InlineData("nee donderdag", "2026-11-26")]
    [InlineData("Woensdg", "2026-11-25")]
    [InlineData("DONDERDAG", "2026-11-26")]
    [InlineData("afgelopen dinsdag was het gezellig, kan iemand donderdag weer koken", "2026-11-26")]
    [InlineData("mijn moeder is vorige week woensdag gevallen, wie kan zaterdag boodschappen doen", "2026-11-28")]
    [InlineData("tussen 24 en 31 december", "2026-12-24")]
    [InlineData("kan iemand op de 4e koken", "2026-12-04")]
    public void Resolves_the_day(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DutchDateRecognizer.Recognize(text, Monday).Date);

    [Theory]
    [InlineData("dit weekend")]
    [InlineData("in het weekend")]
    [InlineData("deze week")]
    [InlineData("volgende week")]
    [InlineData("elke woensdag")]
    [InlineData("woensdags")]
    [InlineData("dinsdag of woensdag")]
    [InlineData("vandaag of morgen")]
    [InlineData("tot donderdag")]
    [InlineData("mag ik hem lenen tot zondag")]
    [InlineData("goedemorgen")]
    [InlineData("'s morgens")]
    [InlineData("3 porties")]
    [InlineData("postcode 1234 AB")]
    [InlineData("vorige week dinsdag")]
    [InlineData("2e verdieping, kan er zelf niet bij")]
    [InlineData("voor de 3e keer")]
    [InlineData("ik kook elke dinsdag en donderdag")]
    [InlineData("afgelopen zaterdag")]
    [InlineData("vorige vrijdag heb ik soep gehad")]
    [InlineData("dinsdag van vorige week")]
    [InlineData("op dinsdag jl. ben ik gevallen")]
    [InlineData("")]
    public void Gives_no_day(string text) => Assert.Null(DutchDateRecognizer.Recognize(text, Monday).Date);

    [Theory]
    [InlineData("2026-11-22T10:00", "zondag", "2026-11-29")]
    [InlineData("2026-11-30T09:00", "morgen", "2026-12-01")]
    [InlineData("2026-12-31T20:00", "morgen", "2027-01-01")]
    [InlineData("2026-12-31T20:00", "31 december", "2026-12-31")]
    [InlineData("2026-12-30T08:00", "zaterdag", "2027-01-02")]
    [InlineData("2027-02-27T12:00", "over twee dagen", "2027-03-01")]
    [InlineData("2028-02-27T12:00", "over twee dagen", "2028-02-29")]
    public void Rolls_over_weeks_months_and_years(string now, string text, string expected)
    {
        var localNow = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DutchDateRecognizer.Recognize(text, localNow).Date);
    }

    [Theory]
    [InlineData("morgenochtend", "2026-11-24", PartOfDay.Morning)]
    [InlineData("morgen vroeg", "2026-11-24", PartOfDay.Morning)]
    [InlineData("vanavond", "2026-11-23", PartOfDay.Evening)]
    [InlineData("vanmiddag", "2026-11-23", PartOfDay.Afternoon)]
    [InlineData("vannacht", "2026-11-23", PartOfDay.Evening)]
    [InlineData("zaterdagmiddag", "2026-11-28", PartOfDay.Afternoon)]
    [InlineData("woensdag avond", "2026-11-25", PartOfDay.Evening)]
    [InlineData("dinsdag 's ochtends", "2026-11-24", PartOfDay.Morning)]
    public void Resolves_day_and_part_of_day(string text, string date, PartOfDay part)
    {
        var mention = DutchDateRecognizer.Recognize(text, Monday);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), mention.Date);
        Assert.Equal(part, mention.PartOfDay);
        Assert.Null(mention.Time);
    }

    [Theory]
    [InlineData("'s avonds", PartOfDay.Evening)]
    [InlineData("s avonds", PartOfDay.Evening)]
    [InlineData("savonds", PartOfDay.Evening)]
    [InlineData("'s middags", PartOfDay.Afternoon)]
    [InlineData("in de ochtend", PartOfDay.Morning)]
    [InlineData("tussen de middag", PartOfDay.Afternoon)]
    [InlineData("'s morgens", PartOfDay.Morning)]
    public void Reads_part_of_day_without_a_date(string text, PartOfDay part)
    {
        var mention = DutchDateRecognizer.Recognize(text, Monday);
        Assert.Equal(part, mention.PartOfDay);
        Assert.Null(mention.Date);
    }

    [Fact]
    public void Holidays_give_the_date_only()
    {
        var mention = DutchDateRecognizer.Recognize("kerstavond", Monday);
        Assert.Equal(new DateOnly(2026, 12, 24), mention.Date);
        Assert.Null(mention.PartOfDay);
    }

    [Fact]
    public void A_clock_time_replaces_the_part_of_day()
    {
        var mention = DutchDateRecognizer.Recognize("vanavond om zes uur", Monday);
        Assert.Equal(new DateOnly(2026, 11, 23), mention.Date);
        Assert.Equal(new TimeOnly(18, 0), mention.Time);
        Assert.Null(mention.PartOfDay);
    }
}
