using System.Text;
using System.Xml.Linq;
using BuurtBot.Channels.Twilio;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Our TwiML against the official library's (../shared/twilio/twiml.js): both parsed as XML and compared in
/// structure (element names, attribute sets and values, text), attribute order aside.
/// </summary>
public sealed class TwimlResponseTests(TwimlResponseTests.References references) : IClassFixture<TwimlResponseTests.References>
{
    private const string DefaultAction = "https://bot.example.nl/voice/gather";
    private const string DefaultPrompt = "Hallo, u spreekt met BuurtBot. Zeg ja of druk op 1.";
    private const string AwkwardAction = "https://bot.example.nl/voice/gather?step=confirm&attempt=2";
    private const string AwkwardPrompt = "Zeg \"ja\" & druk <1>… of zeg 'nee'. Uw maaltijd: soep & brood, €3,50 🍲";
    private const string Confirmation =
        "Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 2 personen, vegetarisch, u haalt het zelf op. Antwoord JA of NEE.";
    private const string Hostile = "A & B <c> \"d\" 'e' ideeën 👍🏽 ]]> &amp; </Message>";

    [Fact]
    public void Voice_gather_with_fallback_matches_the_official_library()
    {
        var reference = references["voice"];

        var ours = VoiceDocument(DefaultAction, DefaultPrompt, ["ja", "nee", "herhaal"], "Polly.Lotte");

        AssertSameStructure(reference, ours);
    }

    [Fact]
    public void Voice_with_awkward_action_prompt_hints_and_another_voice_matches()
    {
        var reference = references["voice awkward"];

        var ours = VoiceDocument(AwkwardAction, AwkwardPrompt, ["Dorpsstraat", "Kerkplein", "ja", "nee"], "Google.nl-NL-Standard-A");

        AssertSameStructure(reference, ours);
        Assert.Contains("step=confirm&amp;attempt=2", ours, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Confirmation)]
    [InlineData(Hostile)]
    public void Message_matches_the_official_library(string? body)
    {
        var reference = references["message " + body];

        var ours = new TwimlResponse().Message(body ?? "Dank u wel! We nemen snel contact op.").ToString();

        AssertSameStructure(reference, ours);
    }

    [Fact]
    public void Hangup_matches_the_official_library()
    {
        var reference = references["hangup"];

        var ours = new TwimlResponse().Say("Tot ziens.", "Polly.Lotte").Hangup().ToString();

        AssertSameStructure(reference, ours);
    }

    [Fact]
    public void The_document_starts_with_the_UTF8_declaration_like_the_library()
    {
        var xml = new TwimlResponse().Message("Hoi").ToString();

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>", xml, StringComparison.Ordinal);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response />", new TwimlResponse().ToString());
    }

    [Fact]
    public void Control_characters_are_dropped_so_the_document_stays_valid_XML()
    {
        var xml = new TwimlResponse().Message("Hoi\u0001\u0007 buur\u001b!\ud800 \U0001F372\nTot ziens").ToString();

        var message = XDocument.Parse(xml).Root!.Element("Message")!.Value;
        Assert.Equal("Hoi buur! \U0001F372\nTot ziens", message);
    }

    [Fact]
    public void Several_messages_pause_loop_and_gather_options_are_written()
    {
        var gather = new TwimlGather("/voice/gather")
        {
            Input = "dtmf",
            NumDigits = 4,
            Timeout = 8,
            SpeechTimeout = null,
            FinishOnKey = "",
            ActionOnEmptyResult = true,
            SpeechModel = "phone_call",
        };
        var xml = new TwimlResponse()
            .Message("Een")
            .Message("Twee")
            .Gather(gather, prompts => prompts.Say("Toets uw pincode.").Pause(2).Say("Nogmaals: toets uw pincode."))
            .Say("Dag!", loop: 2)
            .Pause()
            .Redirect("/voice/start", "GET")
            .ToString();

        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(["Message", "Message", "Gather", "Say", "Pause", "Redirect"], root.Elements().Select(e => e.Name.LocalName));
        var g = root.Element("Gather")!;
        Assert.Equal(
            "action=/voice/gather actionOnEmptyResult=true finishOnKey= input=dtmf language=nl-NL method=POST numDigits=4 speechModel=phone_call timeout=8",
            string.Join(' ', g.Attributes().Select(a => $"{a.Name}={a.Value}").Order(StringComparer.Ordinal)));
        Assert.Equal(["Say", "Pause", "Say"], g.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("2", g.Element("Pause")!.Attribute("length")!.Value);
        Assert.Equal("2", root.Element("Say")!.Attribute("loop")!.Value);
        Assert.Equal("1", root.Element("Pause")!.Attribute("length")!.Value);
        Assert.Equal(("GET", "/voice/start"), (root.Element("Redirect")!.Attribute("method")!.Value, root.Element("Redirect")!.Value));
    }

    private static string VoiceDocument(string action, string prompt, string[] hints, string voice) =>
        new TwimlResponse()
            .Gather(new TwimlGather(action) { NumDigits = 1, Hints = hints }, prompts => prompts.Say(prompt, voice))
            .Say("Ik heb niets gehoord.", voice)
            .Redirect(action)
            .ToString();

    private static void AssertSameStructure(string reference, string ours)
    {
        var expected = XDocument.Parse(reference);
        var actual = XDocument.Parse(ours);
        Assert.Equal((expected.Declaration?.Version, expected.Declaration?.Encoding), (actual.Declaration?.Version, actual.Declaration?.Encoding));
        Assert.Equal(Describe(expected.Root!), Describe(actual.Root!));
    }

    /// <summary>Name, attributes sorted by name, direct text, then the children: order of attributes aside, all of it.</summary>
    private static string Describe(XElement element)
    {
        var text = new StringBuilder();
        text.Append('<').Append(element.Name.LocalName);
        foreach (var attribute in element.Attributes().OrderBy(a => a.Name.LocalName, StringComparer.Ordinal))
        {
            text.Append(' ').Append(attribute.Name.LocalName).Append("=[").Append(attribute.Value).Append(']');
        }

        text.Append('>');
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => "text[" + t.Value + "]",
                XElement child => Describe(child),
                _ => node.NodeType.ToString(),
            });
        }

        return text.Append("</").Append(element.Name.LocalName).Append('>').ToString();
    }

    /// <summary>Every twiml.js document these tests compare with, made concurrently once per class (each node start costs ~0.5 s).</summary>
    public sealed class References : IAsyncLifetime
    {
        private readonly Dictionary<string, string> _documents = [];

        public string this[string name] => _documents[name];

        public async Task InitializeAsync()
        {
            (string Name, string[] Arguments, string? Voice)[] runs =
            [
                ("voice", ["voice"], null),
                ("voice awkward", ["voice", AwkwardAction, AwkwardPrompt, "Dorpsstraat, Kerkplein, ja, nee"], "Google.nl-NL-Standard-A"),
                ("message ", ["message"], null),
                ("message " + Confirmation, ["message", Confirmation], null),
                ("message " + Hostile, ["message", Hostile], null),
                ("hangup", ["hangup"], null),
            ];
            await TwilioPeer.EnsureInstalledAsync();
            var documents = await Task.WhenAll(runs.Select(run => TwilioPeer.RunSharedScriptAsync(
                "twiml.js", run.Arguments, environment: run.Voice is null ? null : new Dictionary<string, string> { ["VOICE"] = run.Voice })));
            for (var i = 0; i < runs.Length; i++)
            {
                _documents[runs[i].Name] = documents[i].TrimEnd('\n');
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
