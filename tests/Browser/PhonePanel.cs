using OpenQA.Selenium;

namespace BuurtBot.Tests.Browser;

/// <summary>One phone's panel on the simulator page, found by its number each time (so a reload cannot stale it).</summary>
public sealed class PhonePanel(BrowserSession browser, string number)
{
    public string Number { get; } = number;

    private IWebElement Root => browser.Driver.FindElement(By.CssSelector($"#phones > .phone[data-number='{Number}']"));

    public bool IsShown => browser.Driver.FindElements(By.CssSelector($"#phones > .phone[data-number='{Number}']")).Count == 1;

    public string Title => Root.FindElement(By.CssSelector(".phone-title")).Text;

    public IWebElement TextBox => Root.FindElement(By.CssSelector("textarea"));

    /// <summary>Every message in the panel, top to bottom, as ("bot" or "own", text).</summary>
    public IReadOnlyList<(string Kind, string Text)> Messages =>
        Root.FindElements(By.CssSelector(".message"))
            .Select(m => (m.GetDomAttribute("class")!.Contains("bot", StringComparison.Ordinal) ? "bot" : "own", m.FindElement(By.CssSelector(".text")).Text))
            .ToArray();

    public IReadOnlyList<string> BotMessages => Messages.Where(m => m.Kind == "bot").Select(m => m.Text).ToArray();

    public string Error => Root.FindElement(By.CssSelector(".error")).Text;

    /// <summary>Types the text and presses Enter, as a coordinator would.</summary>
    public void Says(string text) => TextBox.SendKeys(text + Keys.Enter);

    /// <summary>Types the text and clicks Versturen.</summary>
    public void SaysWithButton(string text)
    {
        TextBox.SendKeys(text);
        Root.FindElement(By.CssSelector(".send button[type=submit]")).Click();
    }

    public void Remove() => Root.FindElement(By.CssSelector("button.remove")).Click();

    public string WaitForBotMessage(string startingWith)
    {
        browser.WaitUntil(_ => BotMessages.Any(Matches), $"a message starting \"{startingWith}\" in the panel of {Number}");
        return BotMessages.First(Matches);

        bool Matches(string text) => text.StartsWith(startingWith, StringComparison.Ordinal);
    }

    public void WaitForMessageCount(int count) =>
        browser.WaitUntil(_ => Messages.Count >= count, $"{count} messages in the panel of {Number}");

    public void WaitForError(string containing) =>
        browser.WaitUntil(_ => Error.Contains(containing, StringComparison.Ordinal), $"an error containing \"{containing}\" in the panel of {Number}");
}
