using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// Message texts are kept for Retention:MessageDays (here 30) and then blanked by the background purge, on the bot's
/// clock; who and when stay, what was said goes.
/// </summary>
public sealed class RetentionTests : ConversationFixture
{
    private const string Truus = "+31612345678";
    private const string Anna = "+31611111111";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduler:PollInterval"] = "00:00:00.100",
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Retention:MessageDays"] = "30",
        ["Retention:PurgeInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task After_thirty_days_the_texts_of_a_conversation_are_gone_but_the_records_stay()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await anna.SaysAsync("ja");
        await truus.SaysAsync("zeg tegen Anna dat ik om zes uur kom");
        await truus.SaysAsync("medewerker");
        await EventuallyAsync(() => Server.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.Status != BuurtBot.Outbox.OutboxStatus.Pending)), "everything sent");

        Server.Time.Advance(TimeSpan.FromDays(29));
        await Task.Delay(500);
        Assert.True(await Server.QueryAsync(db => db.InboundReceipts.AnyAsync(r => r.Text == "zeg tegen Anna dat ik om zes uur kom")));
        Assert.True(await Server.QueryAsync(db => db.RelayedMessages.AnyAsync(m => m.Text == "zeg tegen Anna dat ik om zes uur kom")));

        Server.Time.Advance(TimeSpan.FromDays(2));
        await EventuallyAsync(() => Server.QueryAsync(db => db.InboundReceipts.AllAsync(r => r.Text == "")), "inbound texts purged");
        await EventuallyAsync(() => Server.QueryAsync(db => db.OutboxMessages.Where(m => m.CreatedAt < Server.Time.GetUtcNow().AddDays(-30)).AllAsync(m => m.Text == "")), "outbox texts purged");
        Assert.True(await Server.QueryAsync(db => db.RelayedMessages.AllAsync(m => m.Text == "")));
        Assert.True(await Server.QueryAsync(db => db.CoordinatorItems.AllAsync(i => i.Summary == null)));
        Assert.True(await Server.QueryAsync(db => db.Questions.Where(q => q.Status == BuurtBot.Matching.QuestionStatus.Yes).AllAsync(q => q.Text == "")));

        // The records stay: counts, who (by number) and when.
        Assert.True(await Server.QueryAsync(db => db.InboundReceipts.CountAsync(r => r.From == Truus)) >= 8);
        Assert.True(await Server.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.To == Truus)) >= 5);
        Assert.Equal("Truus", await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Truus).Select(m => m.FirstName).SingleAsync()));

        // A new message after the purge is kept again.
        await truus.SaysAsync("dank u wel");
        Assert.True(await Server.QueryAsync(db => db.InboundReceipts.AnyAsync(r => r.Text == "dank u wel")));
    }
}
