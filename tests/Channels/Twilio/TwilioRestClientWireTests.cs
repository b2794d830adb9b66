using System.Text;
using BuurtBot.Channels.Twilio;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>What the client puts on the wire and reads back, seen by a hand-written loopback stub.</summary>
public sealed class TwilioRestClientWireTests
{
    private const string MessagesPath = "/2010-04-01/Accounts/" + TwilioTestOptions.AccountSid + "/Messages.json";
    private static readonly TwilioMessage Sms = new("+31612345678", "+3197010586014", "Hoi buurvrouw! Ideeën voor morgen? 🍲 1+1=2 & 50%");

    [Fact]
    public async Task A_message_is_a_form_POST_with_basic_auth_and_the_configured_callback_and_validity()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));
        var options = TwilioTestOptions.Create(stub.BaseUrl);
        options.ValidityPeriodSeconds = 900;

        var result = await TwilioTestOptions.Client(options).SendMessageAsync(Sms, default);

        Assert.IsType<TwilioSendResult.Accepted>(result);
        var request = Assert.Single(stub.Requests);
        Assert.Equal(("POST", MessagesPath), (request.Method, request.PathAndQuery));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TwilioTestOptions.AccountSid}:{TwilioTestOptions.AuthToken}")), request.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
        Assert.Equal(
            [("To", "+31612345678"), ("From", "+3197010586014"), ("Body", Sms.Body!),
             ("StatusCallback", "https://bot.example.nl/api/twilio/status"), ("ValidityPeriod", "900")],
            request.Form!.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public async Task A_template_sends_ContentSid_and_ContentVariables_and_no_Body()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef")));
        var message = new TwilioMessage("whatsapp:+31612345678", "whatsapp:+3197010586014",
            ContentSid: "HX0123456789abcdef0123456789abcdef", ContentVariables: """{"1":"Riet"}""",
            StatusCallback: new Uri("https://bot.example.nl/twilio/status/message?outbox=42"), ValidityPeriodSeconds: 60);

        await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(message, default);

        var form = Assert.Single(stub.Requests).Form!;
        Assert.Null(form["Body"]);
        Assert.Equal(
            ("HX0123456789abcdef0123456789abcdef", """{"1":"Riet"}""", "https://bot.example.nl/twilio/status/message?outbox=42", "60"),
            (form["ContentSid"], form["ContentVariables"], form["StatusCallback"], form["ValidityPeriod"]));
    }

    [Fact]
    public async Task A_call_repeats_StatusCallbackEvent_per_event_as_Twilio_wants()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("CA0123456789abcdef0123456789abcdef", "queued")));
        var call = new TwilioCall("+31612345678", "+31851234567", "<Response><Say language=\"nl-NL\">Hallo</Say></Response>",
            StatusCallbackEvents: ["initiated", "ringing", "answered", "completed"], TimeoutSeconds: 25);

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).CreateCallAsync(call, default);

        Assert.Equal("CA0123456789abcdef0123456789abcdef", Assert.IsType<TwilioSendResult.Accepted>(result).Sid);
        var request = Assert.Single(stub.Requests);
        Assert.EndsWith("/Calls.json", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(["initiated", "ringing", "answered", "completed"], request.Form!.GetAll("StatusCallbackEvent"));
        Assert.Equal(
            (call.Twiml, "https://bot.example.nl/api/twilio/status", "POST", "25"),
            (request.Form["Twiml"], request.Form["StatusCallback"], request.Form["StatusCallbackMethod"], request.Form["Timeout"]));
    }

    [Fact]
    public async Task A_created_message_is_read_leniently()
    {
        await using var stub = await TwilioStub.StartAsync(TwilioStub.Json(201, TwilioStub.Created("SM0123456789abcdef0123456789abcdef", "accepted", "3")));

        var result = await TwilioTestOptions.Client(TwilioTestOptions.Create(stub.BaseUrl)).SendMessageAsync(Sms, default);

        Assert.Equal(
            new TwilioSendResult.Accepted("SM0123456789abcdef0123456789abcdef", "accepted", 3, new DateTimeOffset(2026, 11, 23, 9, 0, 1, TimeSpan.Zero)),
            result);
    }
}
