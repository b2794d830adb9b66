using System.Xml.Linq;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>People who phone: the same conversations, spoken, with speech or keys.</summary>
public sealed class TwilioVoiceWebhookTests : IAsyncLifetime
{
    private const string Caller = "+31201234567";
    private TwilioBot _bot = null!;

    public async Task InitializeAsync() => _bot = await TwilioBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_call_is_greeted_in_dutch_and_the_answer_is_gathered_by_speech_or_keys_like_twilios_reference()
    {
        var call = new CallScript(_bot, Caller);
        var twiml = await call.DialAsync();

        Assert.Equal(["Say", "Gather", "Say", "Redirect"], twiml.Root!.Elements().Select(e => e.Name.LocalName));
        var gather = twiml.Root.Element("Gather")!;
        var reference = XDocument.Parse(await TwilioPeer.RunSharedScriptAsync("twiml.js", ["voice"]));
        var referenceGather = reference.Root!.Element("Gather")!;
        Assert.Equal(reference.Root.Elements().Select(e => e.Name.LocalName).TakeLast(3), twiml.Root.Elements().Select(e => e.Name.LocalName).TakeLast(3));
        foreach (var attribute in new[] { "input", "language", "method" })
        {
            Assert.Equal((string?)referenceGather.Attribute(attribute), (string?)gather.Attribute(attribute));
        }

        Assert.StartsWith("https://bot.example.nl/api/twilio/voice/gather?step=2", (string?)gather.Attribute("action"), StringComparison.Ordinal);
        Assert.All(twiml.Descendants("Say"), say => Assert.Equal("nl-NL", (string?)say.Attribute("language")));
        Assert.Equal("Goedendag, u spreekt met BuurtBot.", call.Said[0]);
        Assert.EndsWith("Wat is uw voornaam?", gather.Element("Say")!.Value, StringComparison.Ordinal);
        Assert.Equal((string?)gather.Attribute("action"), twiml.Root.Element("Redirect")!.Value);
    }

    [Fact]
    public async Task A_new_caller_registers_and_places_a_meal_request_by_phone_and_the_call_ends_with_what_was_arranged()
    {
        var call = new CallScript(_bot, Caller);
        await call.DialAsync();
        await call.SayAsync("Truus");
        await call.SayAsync("1234 AB 12");
        await call.SayAsync("Lindelaan");
        await call.PressAsync("1");                                   // consent: 1 is yes
        await call.SayAsync("ik wil morgen graag een warme maaltijd");
        Assert.Contains("Voor hoeveel personen is de maaltijd?", call.Said);
        await call.PressAsync("2");                                   // two portions
        await call.SayAsync("nee");
        await call.SayAsync("brengen");
        Assert.Contains(call.Said, s => s.StartsWith("Klopt dit? Een maaltijd morgen", StringComparison.Ordinal) && s.EndsWith("Zeg ja of nee.", StringComparison.Ordinal));
        await call.SayAsync("ja hoor");

        Assert.Contains(call.Said, s => s.StartsWith("Dank u wel. Genoteerd: een maaltijd morgen, dinsdag 24 november, voor 2 personen", StringComparison.Ordinal)
            && s.EndsWith("Wij bellen u zodra iemand ja zegt.", StringComparison.Ordinal));
        Assert.True(call.HungUp);
        Assert.Equal("Dank u wel voor het bellen. Tot ziens.", call.Said[^1]);

        var request = await _bot.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((RequestKind.Meal, new DateOnly(2026, 11, 24), 2, true), (request.Kind, request.Date, request.Portions, request.Delivery));
        Assert.Equal("Truus", (await _bot.QueryAsync(db => db.Members.SingleAsync())).FirstName);

        // What was said in the call was spoken in it: recorded, and never sent again by SMS or a call.
        Assert.All(await _bot.QueryAsync(db => db.OutboxMessages.ToListAsync()), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        await Task.Delay(300);
        Assert.Empty(_bot.Sent);
    }

    [Fact]
    public async Task An_unclear_answer_is_asked_again_and_then_keys_are_offered()
    {
        var call = new CallScript(_bot, Caller);
        await call.DialAsync();
        await call.SayAsync("Truus");
        await call.SayAsync("1234 AB 12");
        await call.SayAsync("Lindelaan");

        await call.SayAsync("ja", confidence: 0.1);

        Assert.Equal("Sorry, ik verstond u niet goed.", call.Said[0]);
        Assert.Contains(call.Said, s => s.EndsWith("Zeg ja of nee, of druk 1 voor ja en 2 voor nee.", StringComparison.Ordinal));
        Assert.False((await _bot.QueryAsync(db => db.Members.SingleAsync())).SharingConsentAnswered);
        await call.PressAsync("2");
        var member = await _bot.QueryAsync(db => db.Members.SingleAsync());
        Assert.True(member.SharingConsentAnswered);
        Assert.Null(member.SharingConsentAt);
    }

    [Fact]
    public async Task Silence_is_asked_again_and_after_the_third_time_a_coordinator_calls_back()
    {
        var call = new CallScript(_bot, Caller);
        await call.DialAsync();

        await call.SilenceAsync();
        Assert.Equal("Ik heb u niet gehoord.", call.Said[0]);
        await call.SilenceAsync();
        await call.SilenceAsync();

        Assert.True(call.HungUp);
        Assert.Contains(call.Said, s => s.StartsWith("Ik vraag een medewerker om contact met u op te nemen.", StringComparison.Ordinal));
        Assert.Equal("asked-for-coordinator", (await _bot.QueryAsync(db => db.CoordinatorItems.SingleAsync())).Reason);
    }

    [Fact]
    public async Task A_caller_with_a_withheld_number_is_told_why_the_bot_cannot_help()
    {
        var response = await _bot.PostAsync("/api/twilio/voice", [
            new("CallSid", "CA" + Guid.NewGuid().ToString("N")), new("AccountSid", TwilioTestOptions.AccountSid), new("From", "anonymous"),
            new("To", "+31851234567"), new("CallStatus", "ringing"), new("Direction", "inbound"), new("ApiVersion", "2010-04-01")]);

        TwilioBot.AssertTwiml(response);
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("afgeschermd", twiml.Root!.Element("Say")!.Value, StringComparison.Ordinal);
        Assert.NotNull(twiml.Root.Element("Hangup"));
        Assert.Equal(0, await _bot.QueryAsync(db => db.Members.CountAsync()));
    }
}
