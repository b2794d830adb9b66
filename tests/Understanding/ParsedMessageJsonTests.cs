using System.Text;
using System.Text.Json;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class ParsedMessageJsonTests
{
    [Fact]
    public void Writes_exactly_the_contract_object()
    {
        var message = new ParsedMessage(Intent.MealRequest, new DateOnly(2026, 11, 24), new TimeOnly(18, 30), null, 2,
            [Diet.Vegetarian, Diet.NoPork], true, true, null, null, OnBehalfOf.Mother, "1234AB", 0.873, Intent.MealOffer);

        Assert.Equal(
            """{"intent":"meal.request","date":"2026-11-24","time":"18:30","partOfDay":null,"portions":2,"diet":["vegetarian","no_pork"],"delivery":true,"item":null,"category":null,"onBehalfOf":"mother","postcode":"1234AB","confidence":0.87}""",
            Write(message));
    }

    [Theory]
    [InlineData(Intent.LoanOffer, "loan.offer")]
    [InlineData(Intent.HelpRequest, "help.request")]
    [InlineData(Intent.None, "none")]
    [InlineData(Intent.Stop, "stop")]
    public void Spells_intents_as_the_contract(Intent intent, string wire)
    {
        var message = new ParsedMessage(intent, null, null, PartOfDay.Afternoon, null, [], false, null, "ladder", HelpCategory.OddJobs, null, null, 1, null);
        using var json = JsonDocument.Parse(Write(message));
        Assert.Equal(wire, json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("odd_jobs", json.RootElement.GetProperty("category").GetString());
        Assert.Equal("afternoon", json.RootElement.GetProperty("partOfDay").GetString());
        Assert.Equal(12, json.RootElement.EnumerateObject().Count());
    }

    private static string Write(ParsedMessage message)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ParsedMessageJson.Write(writer, message);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
