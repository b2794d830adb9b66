using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class ParserDietAndDeliveryTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("een vegetarische maaltijd graag", new[] { Diet.Vegetarian })]
    [InlineData("graag zonder vlees", new[] { Diet.Vegetarian })]
    [InlineData("ik eet geen vlees en geen vis", new[] { Diet.Vegetarian })]
    [InlineData("vegan graag", new[] { Diet.Vegan })]
    [InlineData("halal alstublieft", new[] { Diet.Halal })]
    [InlineData("wij eten koosjer", new[] { Diet.Kosher })]
    [InlineData("geen varkensvlees", new[] { Diet.NoPork })]
    [InlineData("ik heb coeliakie dus glutenvrij", new[] { Diet.GlutenFree })]
    [InlineData("geen gluten en geen lactose", new[] { Diet.GlutenFree, Diet.LactoseFree })]
    [InlineData("ik ben allergisch voor noten", new[] { Diet.NutFree })]
    [InlineData("ik kook altijd zoutarm", new[] { Diet.LowSalt })]
    [InlineData("weinig zout graag, mijn moeder heeft suikerziekte", new[] { Diet.LowSalt, Diet.Diabetic })]
    [InlineData("hij kan slecht kauwen, graag zacht eten", new[] { Diet.Soft })]
    [InlineData("ik maak koosjere kippensoep", new[] { Diet.Kosher })]
    [InlineData("ik ben vegetarisch en lactose intolerant", new[] { Diet.Vegetarian, Diet.LactoseFree })]
    [InlineData("zij is gluten intolerant", new[] { Diet.GlutenFree })]
    [InlineData("mijn man mag niks met gluten", new[] { Diet.GlutenFree })]
    [InlineData("hij mag niets met suiker", new[] { Diet.Diabetic })]
    public void Reads_diets(string text, Diet[] expected)
    {
        var parsed = DutchParser.Parse(text, Now);
        Assert.Equal(expected.OrderBy(d => d), parsed.Diets.OrderBy(d => d));
        Assert.True(parsed.DietMentioned);
    }

    [Theory]
    [InlineData("ik eet alles")]
    [InlineData("geen wensen")]
    [InlineData("geen allergieën")]
    public void Says_diet_was_answered_with_nothing_special(string text)
    {
        var parsed = DutchParser.Parse(text, Now);
        Assert.Empty(parsed.Diets);
        Assert.True(parsed.DietMentioned);
    }

    [Theory]
    [InlineData("wij zijn moslim")]
    [InlineData("een maaltijd voor morgen")]
    [InlineData("het hoeft niet vegetarisch")]
    public void Never_infers_a_diet(string text) => Assert.Empty(DutchParser.Parse(text, Now).Diets);

    [Theory]
    [InlineData("kan iemand het eten brengen", true)]
    [InlineData("ik kan niet lopen, graag thuisbezorgd", true)]
    [InlineData("ik kan het niet ophalen", true)]
    [InlineData("ik kom het wel halen", false)]
    [InlineData("kook vrijdag nasi, af te halen", false)]
    [InlineData("ophalen bij mij op nummer 12", false)]
    [InlineData("ik kook morgen stamppot en breng het graag langs", true)]
    public void Reads_delivery(string text, bool expected) => Assert.Equal(expected, DutchParser.Parse(text, Now).Delivery);

    [Theory]
    [InlineData("ik zou morgen graag een maaltijd willen")]
    [InlineData("wie kan mij naar het ziekenhuis brengen")]
    [InlineData("ophalen of brengen, allebei goed")]
    public void Leaves_delivery_empty_when_not_said(string text) => Assert.Null(DutchParser.Parse(text, Now).Delivery);
}
