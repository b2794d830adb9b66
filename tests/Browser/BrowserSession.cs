using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace BuurtBot.Tests.Browser;

/// <summary>
/// Headless Chromium driven by chromedriver, with a fresh profile, nothing downloaded. Chromium and chromedriver
/// come from the Debian packages (apt-get install chromium chromium-driver); when either is missing the test
/// fails and says so, because a browser test that skips itself silently tests nothing.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "buurtbot-browser", Guid.NewGuid().ToString("N"));
    private readonly ChromeDriverService _service;

    /// <param name="defaultFontSize">Chromium's default font size in px (16 normally), as a reader with large text sets it.</param>
    public BrowserSession(int? defaultFontSize = null)
    {
        var chromium = Locate("BUURTBOT_CHROMIUM", "/usr/bin/chromium", "Chromium");
        var chromedriver = Locate("BUURTBOT_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
        Directory.CreateDirectory(_profile);

        _service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        _service.SuppressInitialDiagnosticInformation = true;
        _service.HideCommandPromptWindow = true;

        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={_profile}", "--window-size=1400,1000", "--lang=nl-NL");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        if (defaultFontSize is { } size)
        {
            options.AddUserProfilePreference("webkit.webprefs.default_font_size", size);
        }

        try
        {
            Driver = new ChromeDriver(_service, options, TimeSpan.FromSeconds(60));
        }
        catch
        {
            _service.Dispose();
            throw;
        }
    }

    public ChromeDriver Driver { get; }

    /// <summary>Waits (polling, never sleeping blindly) until the condition holds; on timeout fails with what the page showed.</summary>
    public void WaitUntil(Func<IWebDriver, bool> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Patience) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        try
        {
            wait.Until(condition);
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"Waited {Patience.TotalSeconds} s for {what}.\n--- The page showed:\n{PageText()}\n--- Browser console:\n{ConsoleLog()}");
        }
    }

    /// <summary>Back to a blank page at the window's own size, zoom 100%.</summary>
    public void Reset()
    {
        Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", []);
        Driver.Navigate().GoToUrl("about:blank");
    }

    /// <summary>Shows the page as a browser window of this size at this zoom would (zoom 2 = 200%).</summary>
    public void Emulate(int windowWidth, int windowHeight, double zoom) =>
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = (int)(windowWidth / zoom),
            ["height"] = (int)(windowHeight / zoom),
            ["deviceScaleFactor"] = zoom,
            ["mobile"] = false,
        });

    /// <summary>Saves the whole page (not just the window) as a PNG in the test output folder, and returns its path.</summary>
    public string SaveScreenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        var shot = (Dictionary<string, object?>)Driver.ExecuteCdpCommand(
            "Page.captureScreenshot", new Dictionary<string, object?> { ["format"] = "png", ["captureBeyondViewport"] = true })!;
        File.WriteAllBytes(path, Convert.FromBase64String((string)shot["data"]!));
        return path;
    }

    public string PageText()
    {
        try
        {
            return Driver.FindElement(By.TagName("body")).Text;
        }
        catch (WebDriverException ex)
        {
            return $"(unreadable: {ex.Message})";
        }
    }

    public string ConsoleLog()
    {
        try
        {
            ReadOnlyCollection<LogEntry> entries = Driver.Manage().Logs.GetLog(LogType.Browser);
            return entries.Count == 0 ? "(empty)" : string.Join('\n', entries.Select(e => $"{e.Level}: {e.Message}"));
        }
        catch (WebDriverException ex)
        {
            return $"(unavailable: {ex.Message})";
        }
    }

    public void Dispose()
    {
        Driver.Quit();
        _service.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; the OS cleans the temp folder
        }
    }

    private static string Locate(string variable, string fallback, string name)
    {
        var path = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured ? configured : fallback;
        if (!File.Exists(path))
        {
            Assert.Fail(
                $"{name} is not installed at {path}, and the browser tests need it. Install Chromium and its driver " +
                $"with 'sudo apt-get install chromium chromium-driver' (as CI does), or set {variable} to where it is.");
        }

        return path;
    }
}
