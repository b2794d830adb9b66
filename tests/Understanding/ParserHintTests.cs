using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

/// <summary>A short reply inside a running conversation is read in the light of what is being asked.</summary>
public sealed class ParserHintTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("om zeven uur", ParseHint.Meal, "19:00")]
    [InlineData("om zeven uur", ParseHint.Help, "07:00")]
    [InlineData("om zeven uur", ParseHint.None, "07:00")]
    [InlineData("half negen", ParseHint.Meal, "20:30")]
    [InlineData("ja, om 10 uur", ParseHint.Help, "10:00")]
    public void Reads_the_hour_for_the_conversation(string text, ParseHint hint, string time)
    {
        var parsed = DutchParser.Parse(text, Now, hint);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), parsed.Time);
    }

    [Fact]
    public void A_bare_time_does_not_change_the_intent()
    {
        Assert.Equal(Intent.Confirm, DutchParser.Parse("ja, om 7 uur", Now, ParseHint.Meal).Intent);
        Assert.Equal(Intent.None, DutchParser.Parse("om zes uur", Now, ParseHint.Meal).Intent);
    }

    [Fact]
    public void Reads_a_thing_named_in_a_loan_conversation() =>
        Assert.Equal("fondueset", DutchParser.Parse("een fondueset", Now, ParseHint.Loan).Item);

    [Fact]
    public void Reads_a_kind_of_help_in_a_help_conversation() =>
        Assert.Equal(HelpCategory.Groceries, DutchParser.Parse("boodschappen", Now, ParseHint.Help).Category);

    [Fact]
    public void Reads_portions_in_a_meal_conversation() =>
        Assert.Equal(3, DutchParser.Parse("drie graag", Now, ParseHint.Meal).Portions);

    [Fact]
    public void Leaves_portions_out_of_a_loan_conversation() =>
        Assert.Null(DutchParser.Parse("twee graag", Now, ParseHint.Loan).Portions);
}
