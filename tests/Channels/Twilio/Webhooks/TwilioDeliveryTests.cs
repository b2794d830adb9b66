using BuurtBot.Channels.Outbound;
using BuurtBot.Channels.Twilio;
using BuurtBot.Channels.Twilio.Sending;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>Which way a message leaves: the WhatsApp window, templates, SMS fallback, and calls nobody answered.</summary>
public sealed class TwilioDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, null, "whatsapp:+31612345678", "Body")]
    [InlineData(30, null, "+31612345678", "Body")]
    [InlineData(30, "HX0123456789abcdef0123456789abcdef", "whatsapp:+31612345678", "ContentSid")]
    public async Task A_whatsapp_message_is_free_text_inside_the_24_hours_else_a_template_else_an_sms(
        int hoursSinceLastMessage, string? template, string expectedTo, string expectedContentField)
    {
        await using var api = await TwilioStub.StartAsync(TwilioStub.Accept);
        var transport = Transport(api, template);

        var attempt = await transport.SendAsync(
            new OutboundMessage(1, "+31612345678", Channel.WhatsApp, "Er is iemand gevonden!", Now, 1, Now.AddHours(-hoursSinceLastMessage)),
            CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, attempt.Outcome);
        var sent = Assert.Single(api.Requests).Form!;
        Assert.Equal(expectedTo, sent["To"]);
        Assert.False(string.IsNullOrEmpty(sent[expectedContentField]));
        Assert.Equal(expectedTo.StartsWith("whatsapp:", StringComparison.Ordinal) ? Channel.WhatsApp : Channel.Sms, attempt.SentOn);
        if (expectedContentField == "ContentSid")
        {
            Assert.Equal("""{"1":"Er is iemand gevonden!"}""", sent["ContentVariables"]);
            Assert.Null(sent["Body"]);
        }
    }

    [Fact]
    public async Task Outside_the_window_without_a_template_a_landline_gets_no_whatsapp_at_all()
    {
        await using var api = await TwilioStub.StartAsync(TwilioStub.Accept);
        var attempt = await Transport(api, null).SendAsync(
            new OutboundMessage(1, "+31201234567", Channel.WhatsApp, "Hallo", Now, 1, Now.AddDays(-3)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Failed, attempt.Outcome);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task A_call_nobody_answers_is_tried_again_and_after_the_third_try_the_message_goes_by_sms()
    {
        await using var bot = await TwilioBot.StartAsync();
        await bot.QueryAsync(async db =>
        {
            db.OutboxMessages.Add(OutboxMessage.From(Activity.Outgoing(Channel.Voice, "+31612345678", "Morgen om 6 uur komt Anna het eten brengen.", bot.Server.Time.GetUtcNow())));
            return await db.SaveChangesAsync();
        });

        for (var call = 1; call <= 3; call++)
        {
            var request = (await bot.WaitForSentAsync(call))[call - 1];
            Assert.EndsWith("/Calls.json", request.PathAndQuery, StringComparison.Ordinal);
            Assert.Contains("Morgen om 6 uur komt Anna het eten brengen.", request.Form!["Twiml"], StringComparison.Ordinal);
            await bot.WaitForOutboxAsync();
            var sid = await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.ProviderId).LastAsync());
            await bot.PostAsync("/api/twilio/status", [
                new("CallSid", sid!), new("CallStatus", "no-answer"), new("AccountSid", TwilioTestOptions.AccountSid), new("From", "+31851234567"),
                new("To", "+31612345678"), new("Direction", "outbound-api"), new("ApiVersion", "2010-04-01"), new("SequenceNumber", "0")]);

            // Let whatever is due now leave before the clock jumps, so no send is in flight while time moves.
            await bot.WaitForOutboxAsync();
            bot.Server.Time.Advance(TimeSpan.FromMinutes(11));
        }

        var sms = (await bot.WaitForSentAsync(4))[3];
        Assert.EndsWith("/Messages.json", sms.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(("+31612345678", "Morgen om 6 uur komt Anna het eten brengen."), (sms.Form!["To"], sms.Form["Body"]));
        await bot.WaitForOutboxAsync();
        Assert.Equal(
            [OutboxStatus.Undelivered, OutboxStatus.Undelivered, OutboxStatus.Undelivered, OutboxStatus.Queued],
            await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Status).ToListAsync()));
    }

    private static TwilioTransport Transport(TwilioStub api, string? template)
    {
        var options = TwilioTestOptions.Create(api.BaseUrl);
        if (template is not null)
        {
            options.WhatsAppTemplates[TwilioTransport.NotificationTemplate] = template;
        }

        var services = new ServiceCollection();
        services.AddSingleton(TwilioTestOptions.Client(options));
        return new TwilioTransport(services.BuildServiceProvider(), Options.Create(options), new FakeTimeProvider(Now));
    }
}
