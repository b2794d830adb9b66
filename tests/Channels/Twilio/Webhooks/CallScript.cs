using System.Xml.Linq;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>A caller on the phone line: the call comes in, then each answer goes to the Gather the last TwiML named.</summary>
internal sealed class CallScript(TwilioBot bot, string caller)
{
    private readonly string _callSid = "CA" + Guid.NewGuid().ToString("N");
    private string? _action;

    public XDocument? Last { get; private set; }

    /// <summary>Everything the bot said in its last answer, in order.</summary>
    public IReadOnlyList<string> Said => Last!.Descendants("Say").Select(s => s.Value).ToArray();

    public bool HungUp => Last!.Root!.Elements().Any(e => e.Name == "Hangup");

    public Task<XDocument> DialAsync() => PostAsync("/api/twilio/voice", []);

    public Task<XDocument> SayAsync(string speech, double confidence = 0.92) =>
        PostAsync(NextAction(), [new("SpeechResult", speech), new("Confidence", confidence.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public Task<XDocument> PressAsync(string digits) => PostAsync(NextAction(), [new("Digits", digits)]);

    /// <summary>Nothing heard: Twilio follows the Redirect after the Gather.</summary>
    public Task<XDocument> SilenceAsync() =>
        PostAsync(Last!.Root!.Element("Redirect")?.Value ?? throw new InvalidOperationException("no Redirect to follow"), []);

    private string NextAction() => _action ?? throw new InvalidOperationException("dial first");

    private async Task<XDocument> PostAsync(string urlOrPath, IReadOnlyList<KeyValuePair<string, string>> extra)
    {
        var path = urlOrPath.StartsWith(TwilioBot.PublicBase, StringComparison.Ordinal) ? urlOrPath[TwilioBot.PublicBase.Length..] : urlOrPath;
        List<KeyValuePair<string, string>> fields =
        [
            new("CallSid", _callSid), new("AccountSid", TwilioTestOptions.AccountSid), new("From", caller), new("To", "+31851234567"),
            new("CallStatus", "in-progress"), new("Direction", "inbound"), new("ApiVersion", "2010-04-01"), .. extra,
        ];
        var response = await bot.PostAsync(path, fields);
        TwilioBot.AssertTwiml(response);
        Last = XDocument.Parse(await response.Content.ReadAsStringAsync());
        _action = Last.Descendants("Gather").Select(g => (string?)g.Attribute("action")).FirstOrDefault() ?? _action;
        return Last;
    }
}
