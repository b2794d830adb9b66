using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>
/// What the bot sends, checked by Twilio's own API description: the Prism mock answers 201 only to requests that
/// match it (and 422 otherwise, which the bot records as a failure).
/// </summary>
public sealed class TwilioSpecTests(PrismMock prism) : IClassFixture<PrismMock>
{
    [Fact]
    public async Task Sms_whatsapp_replies_and_a_call_to_someone_who_only_phones_are_all_valid_requests()
    {
        await using var bot = await TwilioBot.StartAsync(prism.BaseUrl);

        await bot.MessageAsync("+31612345678", "hallo");
        await bot.MessageAsync("whatsapp:+31687654321", "hallo");
        await bot.QueryAsync(async db =>
        {
            // A message for a person who only phones: it leaves as a call that speaks it.
            db.OutboxMessages.Add(OutboxMessage.From(Activity.Outgoing(
                Channel.Voice, "+31201234567", "Truus zoekt morgen een maaltijd. Kunt u voor haar koken? Antwoord JA of NEE.", bot.Server.Time.GetUtcNow())));
            return await db.SaveChangesAsync();
        });
        await bot.WaitForOutboxAsync();

        var sent = await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([Channel.Sms, Channel.WhatsApp, Channel.Voice], sent.Select(m => m.Channel));
        Assert.All(sent, m => Assert.True(m.Status == OutboxStatus.Queued, $"message {m.Id} on {m.Channel}: {m.Status} {m.ErrorCode}\n{prism.Log}"));
        Assert.All(sent, m => Assert.False(string.IsNullOrEmpty(m.ProviderId)));
    }
}
