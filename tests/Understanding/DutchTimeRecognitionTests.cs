using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class DutchTimeRecognitionTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("om zes uur", ParseHint.Meal, "18:00")]
    [InlineData("om zes uur", ParseHint.None, "18:00")]
    [InlineData("om 7 uur", ParseHint.Meal, "19:00")]
    [InlineData("om 7 uur", ParseHint.Help, "07:00")]
    [InlineData("om 10 uur", ParseHint.Help, "10:00")]
    [InlineData("om 2 uur", ParseHint.None, "14:00")]
    [InlineData("om 12 uur", ParseHint.None, "12:00")]
    [InlineData("half zeven", ParseHint.Meal, "18:30")]
    [InlineData("half 7", ParseHint.None, "18:30")]
    [InlineData("half een", ParseHint.None, "12:30")]
    [InlineData("kwart over vijf", ParseHint.None, "17:15")]
    [InlineData("kwart voor zes", ParseHint.None, "17:45")]
    [InlineData("tien over half zes", ParseHint.None, "17:40")]
    [InlineData("vijf voor half zeven", ParseHint.None, "18:25")]
    [InlineData("tien voor zeven", ParseHint.Meal, "18:50")]
    [InlineData("18.30", ParseHint.None, "18:30")]
    [InlineData("18:30", ParseHint.None, "18:30")]
    [InlineData("18u30", ParseHint.None, "18:30")]
    [InlineData("08:00", ParseHint.Meal, "08:00")]
    [InlineData("6 uur 's avonds", ParseHint.None, "18:00")]
    [InlineData("9 uur 's ochtends", ParseHint.Meal, "09:00")]
    [InlineData("om 8 uur 's avonds", ParseHint.Help, "20:00")]
    [InlineData("vanavond om 7 uur", ParseHint.None, "19:00")]
    [InlineData("morgenochtend om 7 uur", ParseHint.Meal, "07:00")]
    [InlineData("rond 6 uur", ParseHint.None, "18:00")]
    [InlineData("rond zessen", ParseHint.None, "18:00")]
    [InlineData("vanaf 18:00", ParseHint.None, "18:00")]
    [InlineData("tussen 5 en 6", ParseHint.Meal, "17:00")]
    [InlineData("ja, om 7 uur", ParseHint.None, "07:00")]
    [InlineData("een uur of zes", ParseHint.None, "18:00")]
    [InlineData("om achttien uur dertig", ParseHint.Meal, "18:30")]
    [InlineData("achttien uur dertig", ParseHint.None, "18:30")]
    [InlineData("negentien uur", ParseHint.Meal, "19:00")]
    [InlineData("om zeventien uur", ParseHint.Help, "17:00")]
    [InlineData("twintig uur vijftien", ParseHint.None, "20:15")]
    [InlineData("om dertien uur vijfenveertig", ParseHint.None, "13:45")]
    [InlineData("om zeven uur dertig", ParseHint.Meal, "19:30")]
    [InlineData("om twaalf uur dertig", ParseHint.None, "12:30")]
    [InlineData("vijf over half zeven", ParseHint.Meal, "18:35")]
    [InlineData("tien over half acht", ParseHint.Meal, "19:40")]
    [InlineData("om zes uur twee porties", ParseHint.Meal, "18:00")]
    public void Reads_clock_times_by_the_hour_rules(string text, ParseHint hint, string expected) =>
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DutchDateRecognizer.Recognize(text, Monday, hint).Time);

    [Theory]
    [InlineData("€3,50 p.p.")]
    [InlineData("3 porties")]
    [InlineData("over twee dagen")]
    [InlineData("ik heb 2 uur tijd")]
    [InlineData("een half uurtje")]
    [InlineData("12 maart")]
    [InlineData("kook voor 6 personen")]
    [InlineData("bel 06-12345678")]
    [InlineData("1234 AB")]
    [InlineData("tussen 24 en 31 december")]
    public void Finds_no_clock_time(string text) => Assert.Null(DutchDateRecognizer.Recognize(text, Monday).Time);

    [Fact]
    public void A_meal_message_reads_seven_as_evening() =>
        Assert.Equal(new TimeOnly(19, 0), DutchDateRecognizer.Recognize("kan ik om 7 uur komen eten?", Monday).Time);
}
