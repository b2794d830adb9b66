using BuurtBot.Data;
using BuurtBot.Dialogs.Coordination;

namespace BuurtBot.Coordination;

internal sealed class CoordinatorQueue(BuurtBotDbContext db) : ICoordinatorQueue
{
    public Task EnqueueAsync(CoordinatorItemDraft item, CancellationToken cancellationToken)
    {
        db.CoordinatorItems.Add(CoordinatorItem.Open(item.MemberId, item.Reason, item.Summary, item.CreatedAt));
        return Task.CompletedTask;
    }
}
