using System.Net;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>
/// Faults from bench/load/faults.sh, small enough for every test run: Twilio refusing a fifth of the sends while
/// people keep writing, and one message delivered a thousand times at once.
/// </summary>
public sealed class TwilioFaultTests
{
    [Fact]
    public async Task While_twilio_refuses_a_fifth_of_the_sends_turns_are_answered_and_every_reply_leaves_once_in_the_end()
    {
        var api = new RecordingTwilio(refuseEvery: 5);
        await using var bot = await TwilioBot.StartAsync(null, new Dictionary<string, string?>
        {
            ["Twilio:MaxRetries"] = "0", // every refusal goes back to the outbox, to be tried again later
            ["Outbox:FirstRetryDelay"] = "00:00:01",
        }, api.HandleAsync);

        // 30 neighbours register at once (three turns each): hallo, their name, their address.
        var phones = Enumerable.Range(0, 30).Select(i => $"+3161000{i:D4}").ToList();
        foreach (var say in new Func<int, string>[] { _ => "hallo", i => i % 2 == 0 ? "Truus" : "Henk", i => $"3512 AB {i + 1}" })
        {
            var answers = await Task.WhenAll(phones.Select((phone, i) => bot.MessageAsync(phone, say(i))));
            Assert.All(answers, TwilioBot.AssertTwiml);
        }

        // Retries wait on the bot's clock: move it on until nothing is left to send.
        for (var round = 0; round < 200 && await bot.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending)); round++)
        {
            await bot.WaitForOutboxAsync();
            bot.Server.Time.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.True(api.Refused > 0, "Twilio refused nothing");
        var rows = await bot.QueryAsync(db => db.OutboxMessages.Select(m => new { m.Status, m.ProviderId, m.To }).ToListAsync());
        Assert.Equal(90, rows.Count);
        Assert.All(rows, row => Assert.Equal(OutboxStatus.Queued, row.Status));
        // Each reply went out exactly once: Twilio took as many messages as there are rows, each row has its own.
        Assert.Equal(rows.Select(r => r.ProviderId).Order(), api.Accepted.Keys.Order());
        Assert.All(phones, phone => Assert.Equal(3, api.Accepted.Values.Count(sent => sent.To == phone)));
    }

    [Fact]
    public async Task A_thousand_deliveries_of_one_message_at_once_make_one_turn_and_one_reply()
    {
        await using var bot = await TwilioBot.StartAsync();
        var sid = bot.NewMessageSid();
        using var gate = new SemaphoreSlim(64);

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await bot.MessageAsync("+31612345678", "hallo", sid);
                return response.StatusCode;
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, await bot.QueryAsync(db => db.InboundReceipts.CountAsync()));
        await bot.WaitForOutboxAsync();
        var reply = Assert.Single(bot.Sent);
        Assert.StartsWith("Welkom bij BuurtBot!", reply.Form!["Body"], StringComparison.Ordinal);
    }
}
