using BuurtBot.Channels.Simulator;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Outbox;

internal sealed class OutboxReader(BuurtBotDbContext db) : IOutboxReader
{
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? to, long afterId, int limit, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.Id > afterId);
        if (to is not null)
        {
            query = query.Where(m => m.To == to);
        }

        var messages = await query.OrderBy(m => m.Id).Take(limit).ToListAsync(cancellationToken);
        return messages.Select(m => new OutboxEntry(m.Id, m.To, m.Channel.ToWire(), m.Text, m.CreatedAt)).ToArray();
    }
}
