using BuurtBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Browser;

/// <summary>
/// The simulator page in a real (headless) Chromium against the real app on Kestrel and a real SQLite file:
/// a coordinator chats as several phones side by side.
/// </summary>
public sealed class SimulatorPageTests(SharedBrowser shared, ITestOutputHelper output) : IClassFixture<SharedBrowser>
{
    private const string Requester = "+31612345678";
    private const string Cook = "+31687654321";

    [Fact]
    public void Opens_with_two_phones_and_a_reply_lands_only_in_the_phone_that_wrote()
    {
        using var db = new TempDatabase();
        using var server = new BotServer(db.ConnectionString, kestrel: true);
        var browser = shared.Fresh();
        var page = new SimulatorPage(browser, server.BaseAddress);
        page.Open();

        Assert.Equal([Requester, Cook], page.Numbers);
        Assert.Contains("SMS", page.Phone(Requester).Title, StringComparison.Ordinal);
        Assert.Contains("WhatsApp", page.Phone(Cook).Title, StringComparison.Ordinal);
        Assert.Empty(page.UnlabelledFields());

        var requester = page.Phone(Requester);
        requester.Says("hallo");
        requester.WaitForBotMessage("Welkom bij BuurtBot");

        requester.Says("Truus");
        requester.WaitForMessageCount(4);

        Assert.Equal(["own", "bot", "own", "bot"], requester.Messages.Select(m => m.Kind));
        Assert.Equal(["hallo", "Truus"], requester.Messages.Where(m => m.Kind == "own").Select(m => m.Text));
        Assert.Single(requester.BotMessages, m => m.StartsWith("Welkom bij BuurtBot", StringComparison.Ordinal));
        Assert.Empty(page.Phone(Cook).Messages);
        Assert.Equal("", requester.Error);
    }

    [Fact]
    public void A_phone_added_through_the_form_gets_a_panel_and_is_still_there_after_a_reload()
    {
        using var db = new TempDatabase();
        using var server = new BotServer(db.ConnectionString, kestrel: true);
        var browser = shared.Fresh();
        var page = new SimulatorPage(browser, server.BaseAddress);
        page.Open();

        page.AddPhone("06 1234", "SMS");
        browser.WaitUntil(_ => page.AddPhoneError.StartsWith("Dit is geen geldig telefoonnummer", StringComparison.Ordinal), "the form to refuse a short number");
        page.AddPhone(Cook, "SMS");
        browser.WaitUntil(_ => page.AddPhoneError == "Telefoon +31 6 8765 4321 staat er al.", "the form to refuse a number that is already there");

        page.AddPhone("06 1122 3344", "WhatsApp");
        var neighbour = page.Phone("+31611223344");
        browser.WaitUntil(_ => neighbour.IsShown, "the new phone's panel");
        Assert.Equal([Requester, Cook, "+31611223344"], page.Numbers);
        Assert.Equal("+31 6 1122 3344 WhatsApp", neighbour.Title);
        Assert.Equal("", page.AddPhoneError);
        Assert.Equal(neighbour.TextBox, browser.Driver.SwitchTo().ActiveElement());

        neighbour.SaysWithButton("hallo");
        var welcome = neighbour.WaitForBotMessage("Welkom bij BuurtBot");
        page.Phone(Cook).Remove();
        browser.WaitUntil(_ => !page.Phone(Cook).IsShown, "the removed phone's panel to go");

        page.Reload();

        Assert.Equal([Requester, "+31611223344"], page.Numbers);
        neighbour.WaitForMessageCount(2);
        Assert.Equal([("own", "hallo"), ("bot", welcome)], neighbour.Messages);
    }

    [Fact]
    public async Task Messages_caused_outside_the_page_show_in_that_phones_panel_or_are_offered_as_a_new_phone()
    {
        using var db = new TempDatabase();
        using var server = new BotServer(db.ConnectionString, kestrel: true);
        var browser = shared.Fresh();
        var page = new SimulatorPage(browser, server.BaseAddress);
        page.Open();

        // The page did not send this, so only the outbox can bring the reply: the same road a notification to a neighbour takes.
        var reply = Assert.Single(await server.Phone(Cook, "whatsapp").SaysAsync("hallo"));

        var cook = page.Phone(Cook);
        Assert.Equal(reply, cook.WaitForBotMessage("Welkom bij BuurtBot"));
        Assert.Equal([("bot", reply)], cook.Messages);
        Assert.Empty(page.Phone(Requester).Messages);

        // A number without a panel: the page lists it, and shows its messages once it becomes a phone.
        var stranger = Assert.Single(await server.Phone("+31655554444", "sms").SaysAsync("hallo"));
        browser.WaitUntil(_ => page.ListsNumbersWithoutPanel, "the page to list the number without a panel");
        page.ShowAsPhone("+31 6 5555 4444");
        Assert.Equal([Requester, Cook, "+31655554444"], page.Numbers);
        Assert.Equal([("bot", stranger)], page.Phone("+31655554444").Messages);
        Assert.False(page.ListsNumbersWithoutPanel);
    }

    [Fact]
    public void A_refused_message_and_an_unreachable_bot_are_told_in_the_panel_in_Dutch()
    {
        using var db = new TempDatabase();
        using var server = new BotServer(db.ConnectionString, kestrel: true);
        var browser = shared.Fresh();
        var page = new SimulatorPage(browser, server.BaseAddress);
        page.Open();
        var requester = page.Phone(Requester);

        // The text box stops typing at 1600 characters; a script does not, so the server refuses it with a 400.
        browser.Driver.ExecuteScript("arguments[0].value = 'x'.repeat(1601);", requester.TextBox);
        requester.Says("");
        requester.WaitForError("BuurtBot heeft het bericht geweigerd: het bericht is te lang.");
        Assert.Equal("own", Assert.Single(requester.Messages).Kind);

        requester.TextBox.Clear();
        server.Dispose();
        requester.Says("hallo");

        requester.WaitForError("BuurtBot is niet bereikbaar");
        Assert.Equal(["own", "own"], requester.Messages.Select(m => m.Kind));
        Assert.Equal("hallo", requester.Messages[^1].Text);
        browser.WaitUntil(_ => page.ConnectionMessage.StartsWith("BuurtBot is niet bereikbaar", StringComparison.Ordinal), "the page to say the connection is gone");
        Assert.Equal("hallo", requester.TextBox.GetDomProperty("value"));
    }

    [Theory]
    [InlineData("zoom-100", 1.0)]
    [InlineData("zoom-200", 2.0)]
    public void Reads_well_at_100_and_200_percent_zoom(string name, double zoom)
    {
        var browser = shared.Fresh();
        browser.Emulate(1280, 900, zoom);
        ShowsAConversationWithoutSidewaysScrolling(browser, name);
    }

    [Fact]
    public void Reads_well_with_a_large_default_font()
    {
        using var browser = new BrowserSession(defaultFontSize: 32);
        browser.Emulate(1280, 900, 1.0);
        ShowsAConversationWithoutSidewaysScrolling(browser, "font-32px");
    }

    private void ShowsAConversationWithoutSidewaysScrolling(BrowserSession browser, string name)
    {
        using var db = new TempDatabase();
        using var server = new BotServer(db.ConnectionString, kestrel: true);
        var page = new SimulatorPage(browser, server.BaseAddress);
        page.Open();

        var requester = page.Phone(Requester);
        requester.Says("hallo");
        requester.WaitForBotMessage("Welkom bij BuurtBot");

        Assert.Equal(0, page.SidewaysOverflow());
        output.WriteLine($"Screenshot: {browser.SaveScreenshot(name)}");
    }
}
