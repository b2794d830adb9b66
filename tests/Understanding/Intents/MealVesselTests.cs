using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>Food beats cookware: a pan, bowl, plate or table in a message about food ("een pan soep", "wie wil een kom?", "ik dek de tafel") is the meal, unless lending is said or the pan itself is asked for.</summary>
public sealed class MealVesselTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // A pan, bowl, plate or table holding food is no loan item; a pan asked for or lent is
    [InlineData("ik heb een grote pan soep gemaakt, wie wil een kom?", Intent.MealOffer)]
    [InlineData("wie wil een bord nasi? ik heb een hele pan over", Intent.MealOffer)]
    [InlineData("ik kook een pan pho, wie wil een bakje", Intent.MealOffer)]
    [InlineData("ik maak zaterdag een enorme pan chili, genoeg voor 4 kommen, ophalen bij mij", Intent.MealOffer)]
    [InlineData("ik dek de tafel voor 6, wie schuift aan voor stamppot", Intent.MealOffer)]
    [InlineData("pan vol soep over, wie wil een kom", Intent.MealOffer)]
    [InlineData("ik heb te veel curry gemaakt. wie wil een pan?", Intent.MealOffer)]
    [InlineData("mag ik een bakje van je soep?", Intent.MealRequest)]
    [InlineData("heeft iemand een bord eten voor mij", Intent.MealRequest)]
    [InlineData("kan iemand een kom soep voor mij brengen", Intent.MealRequest)]
    [InlineData("heeft iemand een grote pan te leen voor soep?", Intent.LoanRequest)]
    [InlineData("mag ik een soeppan lenen? ik kook voor 20 mensen", Intent.LoanRequest)]
    [InlineData("heeft iemand een grote pan die ik mag lenen, ik maak soep voor het buurtfeest", Intent.LoanRequest)]
    [InlineData("Iemand zin in zelfgemaakte soep? Ik maak morgen een grote pan, genoeg voor 6 kommen", Intent.MealOffer)]
    [InlineData("ik heb nog een bakje bami en een bord stamppot over, wie wil?", Intent.MealOffer)]
    [InlineData("een hele pan chili con carne over, wie wil er een bord van", Intent.MealOffer)]
    [InlineData("zou iemand een bakje soep voor mijn moeder kunnen brengen", Intent.MealRequest)]
    [InlineData("heeft iemand een bord eten over voor mij? ik kom het halen", Intent.MealRequest)]
    [InlineData("ik kook een pan erwtensoep voor de hele straat, wie wil een kom komt maar langs", Intent.MealOffer)]
    [InlineData("ik heb een grote soeppan die jullie mogen lenen", Intent.LoanOffer)]
    [InlineData("wie heeft er een wok te leen? ik wil nasi maken voor 10 mensen", Intent.LoanRequest)]
    [InlineData("heeft iemand een grote pan voor me? ik maak soep voor het buurtfeest", Intent.LoanRequest)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
