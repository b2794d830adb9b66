using System.Net;
using System.Text;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>SMS and WhatsApp through Twilio's message webhook, and the replies through Twilio's REST API.</summary>
public sealed class TwilioMessageWebhookTests : IAsyncLifetime
{
    private const string Truus = "+31612345678";
    private TwilioBot _bot = null!;

    public async Task InitializeAsync() => _bot = await TwilioBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_sms_is_answered_with_empty_twiml_and_the_reply_leaves_by_sms_through_the_rest_api()
    {
        var response = await _bot.MessageAsync(Truus, "hallo");

        TwilioBot.AssertTwiml(response);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response />", (await response.Content.ReadAsStringAsync()).Replace("\r\n", "", StringComparison.Ordinal));
        var sent = Assert.Single(await _bot.WaitForSentAsync(1));
        Assert.Equal("POST", sent.Method);
        Assert.EndsWith($"/2010-04-01/Accounts/{TwilioTestOptions.AccountSid}/Messages.json", sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(Truus, sent.Form!["To"]);
        Assert.Equal("+3197010586014", sent.Form["From"]);
        Assert.StartsWith("Welkom bij BuurtBot!", sent.Form["Body"], StringComparison.Ordinal);
        Assert.Equal("https://bot.example.nl/api/twilio/status", sent.Form["StatusCallback"]);

        await _bot.WaitForOutboxAsync();
        var stored = await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(OutboxStatus.Queued, stored.Status);
        Assert.StartsWith("SM", stored.ProviderId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whatsapp_message_is_answered_on_whatsapp_and_the_same_number_is_one_member_on_both_channels()
    {
        await _bot.MessageAsync("whatsapp:" + Truus, "hallo");
        var sent = Assert.Single(await _bot.WaitForSentAsync(1));
        Assert.Equal("whatsapp:" + Truus, sent.Form!["To"]);
        Assert.Equal("whatsapp:+3197010586014", sent.Form["From"]);

        await _bot.MessageAsync(Truus, "Truus");
        var reply = (await _bot.WaitForSentAsync(2))[1];
        Assert.Equal(Truus, reply.Form!["To"]);
        Assert.StartsWith("Dank u, Truus.", reply.Form["Body"], StringComparison.Ordinal);

        var member = await _bot.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal(Members.UsedChannels.Sms | Members.UsedChannels.WhatsApp, member.Channels);
        Assert.NotNull(member.LastWhatsAppAt);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_or_twenty_times_at_once_is_handled_once()
    {
        var sid = _bot.NewMessageSid();
        TwilioBot.AssertTwiml(await _bot.MessageAsync(Truus, "hallo", sid));
        TwilioBot.AssertTwiml(await _bot.MessageAsync(Truus, "hallo", sid));
        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _bot.MessageAsync(Truus, "hallo", sid)));

        Assert.All(burst, TwilioBot.AssertTwiml);
        Assert.Equal(1, await _bot.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await _bot.QueryAsync(db => db.InboundReceipts.CountAsync()));
        await _bot.WaitForOutboxAsync();
        Assert.Single(_bot.Sent);
    }

    [Fact]
    public async Task A_request_without_a_signature_or_with_a_wrong_one_gets_403_and_changes_nothing()
    {
        var fields = new List<KeyValuePair<string, string>> { new("MessageSid", _bot.NewMessageSid()), new("From", Truus), new("Body", "hallo") };

        var unsigned = await _bot.PostUnsignedAsync("/api/twilio/messages", new FormUrlEncodedContent(fields));
        var wrong = await _bot.PostAsync("/api/twilio/messages", fields, signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        var signedForAnotherUrl = await _bot.PostAsync(
            "/api/twilio/messages", fields, BuurtBot.Channels.Twilio.TwilioSignature.Compute(TwilioTestOptions.AuthToken, "https://bot.example.nl/api/twilio/voice", fields));

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signedForAnotherUrl.StatusCode);
        Assert.Equal(0, await _bot.QueryAsync(db => db.Members.CountAsync()));
        Assert.Equal(0, await _bot.QueryAsync(db => db.InboundReceipts.CountAsync()));
    }

    [Fact]
    public async Task A_signed_but_malformed_or_oversized_webhook_gets_400_and_changes_nothing()
    {
        var noSid = await _bot.PostAsync("/api/twilio/messages", [new("From", Truus), new("Body", "hallo")]);
        var badNumber = await _bot.PostAsync("/api/twilio/messages", [new("MessageSid", _bot.NewMessageSid()), new("From", "hallo"), new("Body", "x")]);
        var oversized = await _bot.PostAsync("/api/twilio/messages", [new("MessageSid", _bot.NewMessageSid()), new("From", Truus), new("Body", new string('a', 70_000))]);

        Assert.Equal(HttpStatusCode.BadRequest, noSid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Equal(0, await _bot.QueryAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task Stop_is_confirmed_once_and_afterwards_nothing_is_sent_to_the_number()
    {
        await _bot.MessageAsync(Truus, "hallo");
        await _bot.WaitForSentAsync(1);

        await _bot.MessageAsync(Truus, "STOP");
        var confirmation = (await _bot.WaitForSentAsync(2))[1];
        Assert.StartsWith("U krijgt geen berichten meer van BuurtBot.", confirmation.Form!["Body"], StringComparison.Ordinal);

        await _bot.MessageAsync(Truus, "hallo?");
        await _bot.MessageAsync(Truus, "stop");
        await Task.Delay(500);
        await _bot.WaitForOutboxAsync();
        Assert.Equal(2, _bot.Sent.Count);
    }

    [Fact]
    public async Task A_delivery_status_moves_the_message_forward_and_never_back()
    {
        await _bot.MessageAsync(Truus, "hallo");
        await _bot.WaitForOutboxAsync();
        var sid = (await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync())).ProviderId!;

        foreach (var status in new[] { "sent", "delivered", "sent" })
        {
            var response = await _bot.PostAsync("/api/twilio/status", [
                new("MessageSid", sid), new("MessageStatus", status), new("AccountSid", TwilioTestOptions.AccountSid),
                new("From", "+3197010586014"), new("To", Truus), new("ApiVersion", "2010-04-01")]);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        Assert.Equal(OutboxStatus.Delivered, (await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_whatsapp_message_refused_outside_the_24_hour_window_goes_again_by_sms()
    {
        await _bot.MessageAsync("whatsapp:" + Truus, "hallo");
        await _bot.WaitForOutboxAsync();
        var sid = (await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync())).ProviderId!;

        await _bot.PostAsync("/api/twilio/status", [
            new("MessageSid", sid), new("MessageStatus", "failed"), new("ErrorCode", "63016"), new("AccountSid", TwilioTestOptions.AccountSid),
            new("From", "whatsapp:+3197010586014"), new("To", "whatsapp:" + Truus), new("ApiVersion", "2010-04-01")]);

        var again = (await _bot.WaitForSentAsync(2))[1];
        Assert.Equal(Truus, again.Form!["To"]);
        Assert.Equal("+3197010586014", again.Form["From"]);
        Assert.Equal(_bot.Sent[0].Form!["Body"], again.Form["Body"]);
    }

    [Fact]
    public async Task Twilios_opted_out_answer_is_recorded_and_the_number_gets_nothing_more()
    {
        await using var bot = await TwilioBot.StartAsync(TwilioStub.Error(400, 21610, "Attempt to send to unsubscribed recipient"));
        await bot.MessageAsync(Truus, "hallo");
        await bot.WaitForSentAsync(1);
        await bot.WaitForOutboxAsync();

        Assert.Equal(OutboxStatus.Suppressed, (await bot.QueryAsync(db => db.OutboxMessages.SingleAsync())).Status);
        Assert.NotNull((await bot.QueryAsync(db => db.Members.SingleAsync())).OptedOutAt);
        await bot.MessageAsync(Truus, "hallo?");
        await Task.Delay(300);
        Assert.Single(bot.Sent);
    }

    [Fact]
    public async Task A_twilio_error_that_passes_is_retried_and_the_message_is_sent_once()
    {
        await using var bot = await TwilioBot.StartAsync(TwilioStub.Json(503, "{}"), TwilioStub.Accept);
        await bot.MessageAsync(Truus, "hallo");
        await bot.WaitForSentAsync(1);
        await bot.WaitForOutboxAsync(); // the failed attempt is recorded, with its retry a few seconds later
        Assert.Equal((OutboxStatus.Pending, 1), await bot.QueryAsync(async db =>
        {
            var m = await db.OutboxMessages.SingleAsync();
            return (m.Status, m.Attempts);
        }));
        bot.Server.Time.Advance(TimeSpan.FromMinutes(1));

        var sent = await bot.WaitForSentAsync(2);
        await bot.WaitForOutboxAsync();
        Assert.Equal(sent[0].Form!["Body"], sent[1].Form!["Body"]);
        var stored = await bot.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal((OutboxStatus.Queued, 2), (stored.Status, stored.Attempts));
        await Task.Delay(300);
        Assert.Equal(2, bot.Sent.Count);
    }
}
