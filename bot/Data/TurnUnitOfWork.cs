using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Data;

internal sealed class TurnUnitOfWork(BuurtBotDbContext db) : ITurnUnitOfWork
{
    public Task CommitAsync(CancellationToken cancellationToken) => db.SaveTurnChangesAsync(cancellationToken);
}
