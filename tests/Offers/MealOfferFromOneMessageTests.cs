using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Offers;

/// <summary>A cook who says it all in one message ("4 porties stamppot, 4 euro per portie") is asked nothing twice.</summary>
public sealed class MealOfferFromOneMessageTests : ConversationFixture
{
    [Theory]
    [InlineData("Ik kook donderdag 4 porties stamppot, 4 euro per portie, af te halen", "stamppot", 4.0)]
    [InlineData("ik kook donderdag 3 porties groentesoep met brood, gratis, ophalen bij mij", "groentesoep met brood", 0.0)]
    [InlineData("donderdag 2 porties vegetarische lasagne voor 3,50 per stuk, kom maar halen", "lasagne", 3.5)]
    public async Task Dish_and_price_are_taken_from_the_offer_and_stored(string offer, string dish, double price)
    {
        var anna = await IdleMemberAsync("+31611111111", "Anna", "whatsapp", "Kerkstraat 7, 1234 AC");

        var confirm = await anna.AsksAsync(offer);
        Assert.StartsWith("Klopt dit?", confirm);
        Assert.Contains(dish, confirm, StringComparison.Ordinal);
        await anna.SaysAsync("ja");

        var stored = await Server.QueryAsync(db => db.Offers.SingleAsync());
        Assert.Equal((dish, (decimal)price), (stored.Dish, stored.PricePerPortion));
        Assert.Equal(new DateOnly(2026, 11, 26), stored.Date);
    }

    [Fact]
    public async Task The_confirmation_names_the_dish_before_the_day()
    {
        var anna = await IdleMemberAsync("+31611111111", "Anna", "whatsapp", "Kerkstraat 7, 1234 AC");

        Assert.Equal(
            "Klopt dit? U kookt stamppot, morgen, dinsdag 24 november, deelt 4 porties van 4,00 euro, het eten wordt bij u opgehaald. Antwoord JA of NEE.",
            await anna.AsksAsync("ik kook morgen 4 porties stamppot, 4 euro per portie, af te halen"));
    }

    [Fact]
    public async Task A_second_offer_for_the_same_day_changes_the_first()
    {
        var anna = await CookAsync("+31611111111", "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties stamppot, 4 euro per portie, af te halen");

        Assert.StartsWith("Klopt dit?", await anna.AsksAsync("ik kook morgen toch 6 porties, 3 euro per portie, af te halen"));
        Assert.Equal(["Dank u wel! Uw aanbod voor die dag is aangepast."], await anna.SaysAsync("ja"));

        var offer = await Server.QueryAsync(db => db.Offers.SingleAsync());
        Assert.Equal((6, 3m, "stamppot"), (offer.PortionsLeft, offer.PricePerPortion, offer.Dish));
    }
}
