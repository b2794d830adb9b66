using OpenQA.Selenium;

namespace BuurtBot.Tests.Browser;

/// <summary>The simulator page at "/", as a coordinator sees it: phone panels and a form to add one.</summary>
public sealed class SimulatorPage(BrowserSession browser, Uri address)
{
    private IWebDriver Driver => browser.Driver;

    public void Open()
    {
        Driver.Navigate().GoToUrl(address);
        WaitUntilReady();
    }

    public void Reload()
    {
        Driver.Navigate().Refresh();
        WaitUntilReady();
    }

    /// <summary>The numbers of the phones shown, left to right.</summary>
    public IReadOnlyList<string> Numbers =>
        Driver.FindElements(By.CssSelector("#phones > .phone")).Select(e => e.GetDomAttribute("data-number")!).ToArray();

    public PhonePanel Phone(string number) => new(browser, number);

    public void AddPhone(string typedNumber, string channelLabel)
    {
        var input = Driver.FindElement(By.Id("new-number"));
        input.Clear();
        input.SendKeys(typedNumber);
        var channel = Driver.FindElement(By.Id("new-channel"));
        channel.FindElements(By.TagName("option")).Single(o => o.Text == channelLabel).Click();
        Driver.FindElement(By.CssSelector("#add-phone-form button[type=submit]")).Click();
    }

    /// <summary>Whether the page shows its list of numbers the bot wrote to that have no panel.</summary>
    public bool ListsNumbersWithoutPanel => Driver.FindElement(By.Id("others")).Displayed;

    /// <summary>Clicks "Toon als telefoon" for a number the bot wrote to that has no panel yet.</summary>
    public void ShowAsPhone(string displayedNumber) =>
        Driver.FindElement(By.CssSelector($"#others-list button[aria-label='Toon {displayedNumber} als telefoon']")).Click();

    public string AddPhoneError => Driver.FindElement(By.Id("new-number-error")).Text;

    public string ConnectionMessage => Driver.FindElement(By.Id("connection")).Text;

    /// <summary>Inputs, text areas and selects that have no label a screen reader would read out.</summary>
    public IReadOnlyList<string> UnlabelledFields() =>
        ((IEnumerable<object>)((IJavaScriptExecutor)Driver).ExecuteScript(
            "return [...document.querySelectorAll('input, textarea, select')]" +
            ".filter(f => f.labels.length === 0 && !f.getAttribute('aria-label')).map(f => f.outerHTML);")!)
        .Select(o => (string)o).ToArray();

    /// <summary>How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways).</summary>
    public long SidewaysOverflow() =>
        (long)((IJavaScriptExecutor)Driver).ExecuteScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;

    private void WaitUntilReady() =>
        browser.WaitUntil(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true", "the page to read the outbox");
}
