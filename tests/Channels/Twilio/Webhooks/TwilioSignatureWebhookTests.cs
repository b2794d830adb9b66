using System.Net;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>The real webhook accepts what Twilio's own library signs, and nothing that differs by one byte.</summary>
public sealed class TwilioSignatureWebhookTests : IAsyncLifetime
{
    private const string Path = "/api/twilio/messages";
    private TwilioBot _bot = null!;

    public async Task InitializeAsync() => _bot = await TwilioBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_webhook_signed_by_the_official_library_is_accepted_and_any_changed_byte_is_refused()
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("MessageSid", _bot.NewMessageSid()), new("AccountSid", TwilioTestOptions.AccountSid), new("From", "whatsapp:+31612345678"),
            new("To", "whatsapp:+3197010586014"), new("Body", "Hoi! Ideeën voor morgen? 🍲 & 50%"), new("NumMedia", "0"), new("ProfileName", "Truus"),
        ];
        var signed = new SignatureCase("webhook", TwilioTestOptions.AuthToken, TwilioBot.PublicBase + Path, fields);
        var signature = Assert.Single(await TwilioOracle.SignAsync([signed]));

        // One change at a time: in the path, in a name, in a value, in the signature.
        var tampered = new List<(string Path, List<KeyValuePair<string, string>> Fields, string Signature)>
        {
            (Path + "?x=1", fields, signature),
            (Path, [.. fields.Select((f, i) => i == 4 ? new KeyValuePair<string, string>(f.Key, f.Value.Replace("morgen", "Morgen", StringComparison.Ordinal)) : f)], signature),
            (Path, [.. fields.Select((f, i) => i == 6 ? new KeyValuePair<string, string>("Profilename", f.Value) : f)], signature),
            (Path, [.. fields, new("Extra", "1")], signature),
            (Path, fields, (signature[0] == 'A' ? "B" : "A") + signature[1..]),
            (Path, fields, signature[..^2] + "==" == signature ? signature[..^3] + "A==" : signature[..^1] + (signature[^1] == 'A' ? "B" : "A")),
        };
        foreach (var (path, body, sig) in tampered)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _bot.PostAsync(path, body, sig)).StatusCode);
        }

        Assert.Equal(0, await _bot.QueryAsync(db => db.InboundReceipts.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(Path, fields, signature)).StatusCode);
        Assert.Equal(1, await _bot.QueryAsync(db => db.InboundReceipts.CountAsync()));
    }
}
