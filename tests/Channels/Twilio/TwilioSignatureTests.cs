using System.Text;
using BuurtBot.Channels.Twilio;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// X-Twilio-Signature against Twilio's own code: the official npm library signs every recorded payload and
/// a set of awkward ones; we must compute the same and accept it, and reject any single changed character.
/// </summary>
public sealed class TwilioSignatureTests(SignedCases oracle) : IClassFixture<SignedCases>
{
    private const string Token = SignatureCases.Token;

    /// <summary>Twilio's documented test vector (CONTRACT §2.7): the only hard-coded signature here.</summary>
    [Fact]
    public void Twilio_documented_test_vector()
    {
        var fields = SignatureCases.TestVectorFields();
        const string url = "https://mycompany.com/myapp.php?foo=1&bar=2";

        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioSignature.Compute("12345", url, fields));
        Assert.True(TwilioSignature.IsValid("12345", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", url, fields));
        Assert.True(TwilioSignature.IsValid("12345", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", "https://mycompany.com:443/myapp.php?foo=1&bar=2", fields));
        Assert.False(TwilioSignature.IsValid("12346", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", url, fields));
    }

    /// <summary>The shared sign.js itself (not only our batch helper), fed a raw recorded body on stdin.</summary>
    [Fact]
    public async Task Shared_sign_js_agrees_on_a_raw_recorded_body()
    {
        const string url = "https://bot.example.nl/twilio/whatsapp";
        var body = Encoding.UTF8.GetString(Payloads.Bytes("whatsapp-text.form"));
        var form = Payloads.Form("whatsapp-text.form");

        var fromSignJs = (await TwilioPeer.RunSharedScriptAsync("sign.js", [Token, url], body)).Trim();
        var ours = TwilioSignature.Compute(Token, url, form);
        var check = (await TwilioPeer.RunSharedScriptAsync("sign.js", [Token, url, "--check", ours], body)).Trim();

        Assert.Equal(fromSignJs, ours);
        Assert.Equal("true", check);
    }

    [Fact]
    public void Every_case_signed_by_the_official_library_is_computed_identically_and_accepted()
    {
        var (cases, signatures) = (oracle.Cases, oracle.Signatures);

        var wrong = cases.Zip(signatures)
            .Where(p => TwilioSignature.Compute(p.First.Token, p.First.Url, p.First.Fields) != p.Second
                || !TwilioSignature.IsValid(p.First.Token, p.Second, p.First.Url, p.First.Fields))
            .Select(p => p.First.Name)
            .ToList();
        Assert.True(cases.Count >= 30, $"only {cases.Count} cases");
        Assert.Empty(wrong);
    }

    /// <summary>Property: one changed character anywhere (URL, any field name or value, the signature) is refused.</summary>
    [Fact]
    public void Any_single_changed_character_is_rejected()
    {
        var (cases, signatures) = (oracle.Cases, oracle.Signatures);
        var accepted = new List<string>();
        var mutations = 0;

        foreach (var (c, signature) in cases.Zip(signatures))
        {
            Assert.True(TwilioSignature.IsValid(c.Token, signature, c.Url, c.Fields), c.Name);
            foreach (var (i, url) in Mutations(c.Url))
            {
                mutations++;
                if (TwilioSignature.IsValid(c.Token, signature, url, c.Fields))
                {
                    accepted.Add($"{c.Name}: URL position {i} -> {url}");
                }
            }

            for (var f = 0; f < c.Fields.Count; f++)
            {
                var (name, value) = c.Fields[f];
                foreach (var (i, mutated) in Mutations(name))
                {
                    mutations++;
                    if (TwilioSignature.IsValid(c.Token, signature, c.Url, Replace(c.Fields, f, mutated, value)))
                    {
                        accepted.Add($"{c.Name}: name {name} position {i}");
                    }
                }

                foreach (var (i, mutated) in Mutations(value))
                {
                    mutations++;
                    if (TwilioSignature.IsValid(c.Token, signature, c.Url, Replace(c.Fields, f, name, mutated)))
                    {
                        accepted.Add($"{c.Name}: value of {name} position {i}");
                    }
                }
            }

            foreach (var (i, mutated) in Mutations(signature))
            {
                mutations++;
                if (TwilioSignature.IsValid(c.Token, mutated, c.Url, c.Fields))
                {
                    accepted.Add($"{c.Name}: signature position {i}");
                }
            }
        }

        Assert.True(mutations > 5000, $"only {mutations} mutations");
        Assert.Empty(accepted);
    }

    [Fact]
    public void A_field_added_removed_or_emptied_is_rejected_but_field_order_does_not_matter()
    {
        var index = oracle.Cases.FindIndex(x => x.Name == "payload whatsapp-text.form");
        var (c, signature) = (oracle.Cases[index], oracle.Signatures[index]);
        var fields = c.Fields;

        Assert.True(TwilioSignature.IsValid(Token, signature, c.Url, fields.Reverse().ToList()));
        Assert.False(TwilioSignature.IsValid(Token, signature, c.Url, fields.Skip(1).ToList()));
        Assert.False(TwilioSignature.IsValid(Token, signature, c.Url, [.. fields, new("Forwarded", "true")]));
        Assert.False(TwilioSignature.IsValid(Token, signature, c.Url, fields.Select(f => f.Key == "Body" ? new KeyValuePair<string, string>("Body", "") : f).ToList()));
        Assert.False(TwilioSignature.IsValid(Token, "", c.Url, fields));
        Assert.False(TwilioSignature.IsValid(Token, null, c.Url, fields));
        Assert.False(TwilioSignature.IsValid("", signature, c.Url, fields));
        Assert.False(TwilioSignature.IsValid(Token, signature + " ", c.Url, fields));
    }

    /// <summary>
    /// Twilio is not consistent about :443/:80 (CONTRACT §2.4): a signature over the URL without the port is
    /// accepted when the port is present and vice versa; we decide exactly as the official validateRequest.
    /// </summary>
    [Fact]
    public async Task Ports_are_judged_exactly_like_the_official_library()
    {
        (string Signed, string Received, bool Valid)[] table =
        [
            ("https://bot.example.nl/twilio/sms?step=1", "https://bot.example.nl:443/twilio/sms?step=1", true),
            ("https://bot.example.nl:443/twilio/sms", "https://bot.example.nl/twilio/sms", true),
            ("http://bot.example.nl/twilio/sms", "http://bot.example.nl:80/twilio/sms", true),
            ("https://bot.example.nl/twilio/voice", "https://bot.example.nl:8443/twilio/voice", true),
            ("https://bot.example.nl:8443/twilio/sms", "https://bot.example.nl:9443/twilio/sms", false),
            ("https://bot.example.nl:8443/twilio/sms", "http://bot.example.nl:8443/twilio/sms", false),
            ("https://bot.example.nl/twilio/sms", "https://bot.example.nl/twilio/sms/", false),
            // The library strips whatever port arrived, so a signature over the port-less URL matches any port.
            ("https://bot.example.nl/twilio/sms", "https://bot.example.nl:80/twilio/sms", true),
        ];
        var fields = Payloads.Form("voice-gather-speech.form").ToList();
        var signatures = await TwilioOracle.SignAsync(table.Select(t => new SignatureCase(t.Signed, Token, t.Signed, fields)));
        var official = await TwilioOracle.ValidateAsync(table.Select((t, i) => (new SignatureCase(t.Received, Token, t.Received, fields), signatures[i])));

        for (var i = 0; i < table.Length; i++)
        {
            Assert.True(table[i].Valid == official[i], $"the official library disagrees with the table on {table[i]}");
            Assert.True(table[i].Valid == TwilioSignature.IsValid(Token, signatures[i], table[i].Received, fields), $"{table[i]}");
        }
    }

    [Fact]
    public async Task Json_body_webhook_bodySHA256_matches_the_official_library()
    {
        const string body = """{"event":"message.delivered","data":{"to":"+31612345678","body":"Tot morgen! 👋 Groetjes, ideeën"}}""";
        var hash = await TwilioOracle.BodyHashAsync(body);
        var url = $"https://bot.example.nl/twilio/events?bodySHA256={hash}";
        var signature = (await TwilioOracle.SignAsync([new SignatureCase("json", Token, url, [])]))[0];
        var bytes = Encoding.UTF8.GetBytes(body);

        Assert.Equal(hash, TwilioSignature.BodyHash(bytes));
        Assert.True(TwilioSignature.IsValidJson(Token, signature, url, bytes));
        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 0x01;
            Assert.False(TwilioSignature.IsValidJson(Token, signature, url, changed), $"body byte {i}");
        }

        Assert.False(TwilioSignature.IsValidJson(Token, signature, "https://bot.example.nl/twilio/events", bytes));
        Assert.False(TwilioSignature.IsValidJson(Token, signature, url.Replace("events", "evente", StringComparison.Ordinal), bytes));
    }

    private static List<KeyValuePair<string, string>> Replace(IReadOnlyList<KeyValuePair<string, string>> fields, int index, string name, string value)
    {
        var copy = fields.ToList();
        copy[index] = new(name, value);
        return copy;
    }

    /// <summary>Each position changed to a different character (a surrogate pair to "x").</summary>
    private static IEnumerable<(int Position, string Text)> Mutations(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                var pairStart = char.IsLowSurrogate(c) ? i - 1 : i;
                yield return (i, text[..pairStart] + "x" + text[(pairStart + 2)..]);
                continue;
            }

            var other = char.IsAsciiLetterOrDigit(c) ? (c is 'z' or 'Z' or '9' ? (char)(c - 1) : (char)(c + 1)) : (char)(c ^ 0x01);
            yield return (i, text[..i] + other + text[(i + 1)..]);
        }
    }
}
