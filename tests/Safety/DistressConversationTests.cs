using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Safety;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Safety;

/// <summary>Distress is never a request: 112 in one sentence, the coordinator on duty alerted at once, no neighbour asked.</summary>
public sealed class DistressConversationTests : ConversationFixture
{
    private const string OnDuty = "+31687654321";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Coordinator:AlertPhones:0"] = OnDuty,
    };

    [Fact]
    public async Task Someone_who_has_fallen_is_pointed_to_112_and_the_coordinator_on_duty_gets_the_message_and_the_address()
    {
        var anna = await CookAsync("+31611111111", "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        var annasInbox = (await anna.InboxAsync()).Count;

        Assert.Equal([DistressMiddleware.Reply], await truus.SaysAsync("ik ben gevallen en kom niet meer omhoog"));

        var item = await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync());
        Assert.Equal(("distress", "fall: ik ben gevallen en kom niet meer omhoog"), (item.Reason, item.Summary));
        var alert = await Server.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.To == OnDuty));
        Assert.Equal(Channel.Sms, alert.Channel);
        Assert.Equal(
            "BuurtBot noodsignaal (distress) van Truus, +31612345678, Lindelaan 4, 1234AB: \"ik ben gevallen en kom niet meer omhoog\" Neem direct contact op.",
            alert.Text);
        Assert.Equal(0, await Server.QueryAsync(db => db.Requests.CountAsync()));
        Assert.Equal(0, await Server.QueryAsync(db => db.Questions.CountAsync()));
        Assert.Equal(annasInbox, (await anna.InboxAsync()).Count);
    }

    [Fact]
    public async Task Distress_in_the_middle_of_a_request_is_answered_and_the_request_can_go_on_afterwards()
    {
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        Assert.StartsWith("Voor welke dag wilt u een maaltijd?", await truus.AsksAsync("ik wil graag een maaltijd"));

        Assert.Equal([DistressMiddleware.Reply], await truus.SaysAsync("ik heb ineens pijn op de borst"));
        Assert.Equal("chest_pain", (await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync())).Summary![..10]);

        Assert.StartsWith("Voor hoeveel personen", await truus.AsksAsync("morgen"));
    }

    [Fact]
    public async Task A_cry_for_help_from_an_unknown_number_reaches_the_coordinator_too()
    {
        var stranger = Server.Phone("+31655555555");

        Assert.Equal([DistressMiddleware.Reply], await stranger.SaysAsync("help help"));

        Assert.Equal("distress", (await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync())).Reason);
        Assert.Contains("+31655555555", (await Server.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.To == OnDuty))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_calm_request_that_mentions_an_old_fall_is_a_request_and_alerts_nobody()
    {
        var truus = await IdleMemberAsync("+31612345678", "Truus");

        Assert.StartsWith("Voor hoeveel personen", await truus.AsksAsync("sinds ik vorig jaar gevallen ben kook ik niet meer, graag morgen een maaltijd"));

        Assert.Equal(0, await Server.QueryAsync(db => db.CoordinatorItems.CountAsync()));
        Assert.Equal(0, await Server.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.To == OnDuty)));
    }
}
