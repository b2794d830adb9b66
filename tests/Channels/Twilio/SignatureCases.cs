namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>The webhooks the signature tests sign with the official library and check with ours.</summary>
internal static class SignatureCases
{
    public const string Token = "a3f1c9e27b5d40e8a1c6f0b9d2e47c15";

    /// <summary>Every recorded payload at its endpoint URL, plus the cases that trip hand-written validators.</summary>
    public static List<SignatureCase> All()
    {
        var cases = Payloads.All().Select(name => new SignatureCase(
            "payload " + name, Token, UrlFor(name), Payloads.Form(name).ToList())).ToList();

        cases.Add(new("test vector", "12345", "https://mycompany.com/myapp.php?foo=1&bar=2", TestVectorFields()));
        cases.Add(new("no fields, query only", Token, "https://bot.example.nl/twilio/voice?CallSid=CA123&Digits=1", []));
        cases.Add(new("reserved characters in values", Token, "https://bot.example.nl/twilio/sms", Fields(
            ("Body", "1+1=2 & 50% korting? a=b&c=d\nNieuwe regel\ttab"), ("From", "+31612345678"), ("To", "+3197010586014"))));
        cases.Add(new("only empty values", Token, "https://bot.example.nl/twilio/sms", Fields(
            ("Body", ""), ("FromCity", ""), ("FromZip", ""), ("ToState", ""))));
        cases.Add(new("repeated names, unsorted, with a duplicate", Token, "https://bot.example.nl/twilio/status/call", Fields(
            ("StatusCallbackEvent", "ringing"), ("CallSid", "CA0123456789abcdef0123456789abcdef"),
            ("StatusCallbackEvent", "completed"), ("StatusCallbackEvent", "initiated"), ("StatusCallbackEvent", "completed"))));
        cases.Add(new("ordinal name order: Z _ a, Body before body", Token, "https://bot.example.nl/twilio/sms", Fields(
            ("alpha", "1"), ("_hidden", "2"), ("ZIP", "3"), ("body", "klein"), ("Body", "Groot"), ("Ä", "umlaut name"))));
        cases.Add(new("Dutch and emoji everywhere", Token, "https://bot.example.nl/twilio/sms?naam=J%C3%A1n&x=a+b&leeg=", Fields(
            ("Body", "Ideeën voor België? “Graag” – geïnteresseerd… 👍🏽🇳🇱 €5 [a] {b} \\ ^ ~ |"), ("ProfileName", "Jeroen 🚲"))));
        cases.Add(new("IPv6 host with port", Token, "https://[::1]:8443/twilio/voice?x=1", Fields(("Digits", "123#"))));
        cases.Add(new("query with encoded apostrophe and space", Token, "https://bot.example.nl/twilio/sms?q=it%27s+fine&b=%20", Fields(("Body", "ok"))));
        cases.Add(new("long Dutch body", Token, "https://bot.example.nl/twilio/sms", Fields(
            ("Body", string.Concat(Enumerable.Repeat("Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 2 personen. ", 25))[..1600]),
            ("From", "+31612345678"))));
        cases.Add(new("token with unicode", "tökén-🔑", "https://bot.example.nl/twilio/sms", Fields(("Body", "Hoi"))));
        return cases;
    }

    private static string UrlFor(string payload) => payload switch
    {
        _ when payload.StartsWith("sms", StringComparison.Ordinal) => "https://bot.example.nl/twilio/sms",
        _ when payload.StartsWith("whatsapp", StringComparison.Ordinal) => "https://bot.example.nl/twilio/whatsapp",
        _ when payload.StartsWith("voice-gather", StringComparison.Ordinal) => "https://bot.example.nl/twilio/voice/gather?step=confirm&attempt=2",
        _ when payload.StartsWith("voice", StringComparison.Ordinal) => "https://bot.example.nl/twilio/voice",
        _ when payload.StartsWith("status", StringComparison.Ordinal) => "https://bot.example.nl/twilio/status/message?outbox=4711",
        _ when payload.StartsWith("call-status", StringComparison.Ordinal) => "https://bot.example.nl:8443/twilio/status/call",
        _ => "https://bot.example.nl/twilio/other",
    };

    public static List<KeyValuePair<string, string>> TestVectorFields() => Fields(
        ("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"), ("From", "+14158675309"), ("To", "+18005551212"));

    private static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
}
