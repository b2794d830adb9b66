using BuurtBot.Data;
using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Observability;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Coordination;

/// <summary>The coordinators' queue in the database; alerts also go out by SMS to the coordinators on duty.</summary>
internal sealed class CoordinatorQueue(BuurtBotDbContext db, IOptions<CoordinatorAlertOptions> options, BuurtBotMetrics metrics) : ICoordinatorQueue
{
    private const int QuotedLength = 300;

    public Task EnqueueAsync(CoordinatorItemDraft item, CancellationToken cancellationToken)
    {
        db.CoordinatorItems.Add(CoordinatorItem.Open(item.MemberId, item.Reason, item.Summary, item.CreatedAt));
        metrics.Escalated(item.Reason);
        return Task.CompletedTask;
    }

    public async Task AlertAsync(CoordinatorItemDraft item, string message, CancellationToken cancellationToken)
    {
        await EnqueueAsync(item, cancellationToken);
        if (options.Value.AlertPhones.Count == 0)
        {
            return;
        }

        var member = await db.Members.FindAsync([item.MemberId], cancellationToken);
        var who = member is null ? "onbekend" : string.Join(", ", new[]
        {
            member.FirstName ?? "naam onbekend",
            member.Phone,
            member.Street is null ? null : $"{member.Street} {member.HouseNumber}, {member.Postcode}",
        }.Where(part => part is not null));
        var quoted = message.Length > QuotedLength ? message[..QuotedLength] + "..." : message;
        var text = $"BuurtBot noodsignaal ({item.Reason}) van {who}: \"{quoted}\" Neem direct contact op.";
        foreach (var phone in options.Value.AlertPhones)
        {
            db.OutboxMessages.Add(OutboxMessage.From(Activity.Outgoing(Channel.Sms, phone, text, item.CreatedAt)));
        }
    }
}
