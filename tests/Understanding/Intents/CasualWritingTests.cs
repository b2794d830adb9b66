using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Intents;

/// <summary>Casual writing and idiom: "n", "mn", "ff"/"effe", words typed together ("wiedoet", "kaniemand"), "iets hartigs", "een warme hap", "een plekje aan tafel", "wie schuift aan?".</summary>
public sealed class CasualWritingTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    // Casual writing: "n", "mn", "ff", "effe", glued words ("wiedoet"), "warme hap", "plek aan tafel", "zit zonder eten"
    [InlineData("iemand n warme hap voor mij vanavond?", Intent.MealRequest)]
    [InlineData("heeft er iemand ff een bord eten voor me", Intent.MealRequest)]
    [InlineData("kan iemand een bord vol scheppen voor mij morgen", Intent.MealRequest)]
    [InlineData("is er ergens nog een plek aan tafel voor mij vanavond?", Intent.MealRequest)]
    [InlineData("ik zit zonder eten, kan iemand helpen", Intent.MealRequest)]
    [InlineData("zin in iets hartigs, heeft iemand wat over?", Intent.MealRequest)]
    [InlineData("heb zin in een warme hap, wie kookt er voor mij", Intent.MealRequest)]
    [InlineData("mn moeder zit zonder eten vanavond, kan iemand wat brengen", Intent.MealRequest)]
    [InlineData("zin in iets zoets, iemand een stukje taart voor mij?", Intent.MealRequest)]
    [InlineData("heeft iemand nog een plekje aan tafel voor mij zondag", Intent.MealRequest)]
    [InlineData("iemand n hapje eten over voor mn moeder?", Intent.MealRequest)]
    [InlineData("iemand n boor voor ff?", Intent.LoanRequest)]
    [InlineData("heeft iemand ff een accuboor voor me", Intent.LoanRequest)]
    [InlineData("iemand effe n ladder voor me?", Intent.LoanRequest)]
    [InlineData("wieheeft een ladder voor zaterdag", Intent.LoanRequest)]
    [InlineData("wiekan mij morgen naar de dokter brengen", Intent.HelpRequest)]
    [InlineData("wiehelpt mij met mn tuin", Intent.HelpRequest)]
    [InlineData("kan iemand ff mn boodschappen doen", Intent.HelpRequest)]
    [InlineData("heb n pan soep over, wie wil", Intent.MealOffer)]
    [InlineData("iemand nog wat warms over voor mij vanavond?", Intent.MealRequest)]
    [InlineData("kan ik ergens aanschuiven vanavond? zit zonder eten", Intent.MealRequest)]
    [InlineData("ik heb niks in huis, iemand een bordje eten over?", Intent.MealRequest)]
    [InlineData("iemand ff n trapje voor me?", Intent.LoanRequest)]
    [InlineData("wie kan ff helpen met mn pc", Intent.HelpRequest)]
    [InlineData("mag ik ff je boor lenen buuf", Intent.LoanRequest)]
    [InlineData("heeft er iemand zin om voor mij een potje te koken", Intent.MealRequest)]
    [InlineData("wie schept er een bordje extra op voor mijn vader?", Intent.MealRequest)]
    [InlineData("is er nog plek aan tafel zondag? ik schuif graag aan", Intent.MealRequest)]
    [InlineData("er is nog plek aan tafel zondag, wie schuift aan?", Intent.MealOffer)]
    [InlineData("kaniemand vanavond een maaltijd voor me brengen", Intent.MealRequest)]
    [InlineData("wiekan er dinsdag boodschappen doen voor mn oma", Intent.HelpRequest)]
    [InlineData("mn koelkast is leeg en ik kan niet naar de winkel, heeft iemand een prakje over", Intent.MealRequest)]
    public void Says_what_is_meant(string text, Intent expected) =>
        Assert.Equal(expected, DutchParser.Parse(text, Now).Intent);
}
