using BuurtBot.Dialogs.Members;

// Not BuurtBot.Tests.Members: that namespace would hide BuurtBot.Members from the tests that write "Members.UsedChannels".
namespace BuurtBot.Tests.MembersDialogs;

public sealed class PauseRecognizerTests
{
    // Monday 23 November 2026, 10:00 in Amsterdam.
    private static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("even geen berichten tot 1 mei", "2027-05-01")]
    [InlineData("GEEN BERICHTEN TOT 1 MEI", "2027-05-01")]
    [InlineData("ik ben op vakantie tot zondag", "2026-11-29")]
    [InlineData("Ik ben met vakantie t/m 5 december", "2026-12-05")]
    [InlineData("tot en met zondag geen berichten graag", "2026-11-29")]
    [InlineData("de komende twee weken geen vragen aub", "2026-12-07")]
    [InlineData("3 weken geen vragen aub", "2026-12-14")]
    [InlineData("anderhalve week geen berichten", "2026-12-03")]
    [InlineData("ik ben een weekje weg, even geen berichten", "2026-11-30")]
    [InlineData("ik ga een maand op reis", "2026-12-23")]
    [InlineData("pauze tot na kerst", "2026-12-26")]
    [InlineData("Laat me even met rust tot pasen", "2027-03-28")]
    [InlineData("stuur me tot 3 januari even niks", "2027-01-03")]
    [InlineData("ik ben tot eind januari in het buitenland", "2027-01-31")]
    [InlineData("tot half december even niks sturen", "2026-12-15")]
    [InlineData("tot begin maart even geen maaltijdvragen", "2027-03-01")]
    [InlineData("tot na het weekend geen vragen", "2026-11-29")]
    [InlineData("ik wil even geen berichten, vanaf 3 mei weer graag", "2027-05-02")]
    [InlineData("eh ik eh wil even geen berichten tot eh maandag", "2026-11-30")]
    [InlineData("ik lig tot vrijdag in het ziekenhuis, even geen berichten aub", "2026-11-27")]
    [InlineData("ik kan tot 1 januari niet koken", "2027-01-01")]
    [InlineData("ik wil geen berichten meer tot 1 mei", "2027-05-01")]
    [InlineData("tijdelijk geen hulpvragen tot 12 december", "2026-12-12")]
    public void Reads_a_break_until_a_day(string text, string until) =>
        Assert.Equal(new PauseRequest(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), false),
            PauseRecognizer.Recognize(text, Monday));

    [Theory]
    [InlineData("voorlopig geen berichten", true)]
    [InlineData("pauzeer mijn berichten tot ik me weer meld", true)]
    [InlineData("tot nader order geen vragen graag", true)]
    [InlineData("ik wil een tijdje geen berichten", true)]
    [InlineData("ik ben op vakantie", false)]
    [InlineData("zet mijn account even op pauze", false)]
    [InlineData("even geen berichten aub", false)]
    [InlineData("ik ben op vakantie, tot ziens", false)]
    public void Reads_a_break_without_an_end_day(string text, bool indefinite) =>
        Assert.Equal(new PauseRequest(null, indefinite), PauseRecognizer.Recognize(text, Monday));

    [Theory]
    [InlineData("stop")]
    [InlineData("STOP")]
    [InlineData("afmelden")]
    [InlineData("geen berichten meer")]
    [InlineData("ik wil geen berichten meer")]
    [InlineData("ik wil me afmelden")]
    [InlineData("geen berichten")]
    [InlineData("ik wil tot zondag een ladder lenen")]
    [InlineData("mag ik de boormachine tot zondag houden")]
    [InlineData("ik ben tot zondag op vakantie, kan iemand de kat eten geven")]
    [InlineData("ik heb geen vragen meer, bedankt")]
    [InlineData("bedankt, tot morgen!")]
    [InlineData("ik wil zaterdag een maaltijd")]
    [InlineData("mijn moeder kan niet koken tot ze beter is, kan iemand helpen")]
    [InlineData("ik kook tot 6 uur")]
    [InlineData("ik heb vandaag geen tijd")]
    [InlineData("elke dinsdag een maaltijd")]
    [InlineData("van 1 tot 12 december heb ik een ladder nodig")]
    [InlineData("")]
    public void Leaves_opt_outs_and_requests_alone(string text) => Assert.Null(PauseRecognizer.Recognize(text, Monday));

    [Fact]
    public void A_day_already_past_this_year_is_next_year()
    {
        var june = new DateTime(2026, 6, 10, 9, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(new DateOnly(2027, 5, 1), PauseRecognizer.Recognize("geen berichten tot 1 mei aub", june)?.Until);
    }
}
