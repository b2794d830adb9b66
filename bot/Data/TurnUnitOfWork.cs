using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Data;

/// <summary>
/// A turn's work with the database: its reads see one state (<see cref="BuurtBotDbContext.BeginReadSnapshotAsync"/>),
/// and what it changed is saved at once at the end.
/// </summary>
internal sealed class TurnUnitOfWork(BuurtBotDbContext db) : ITurnUnitOfWork, IAsyncDisposable
{
    public Task BeginAsync(CancellationToken cancellationToken) => db.BeginReadSnapshotAsync(cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => db.SaveTurnChangesAsync(cancellationToken);

    /// <summary>A turn that failed before its commit still ends its snapshot before the context is reused.</summary>
    public async ValueTask DisposeAsync() => await db.EndReadSnapshotAsync();
}
