using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Storage;

namespace BuurtBot.Data;

/// <summary>
/// A turn's work with the database: its reads see one state (<see cref="BuurtBotDbContext.BeginReadSnapshotAsync"/>),
/// and what it changed is saved at once at the end. That closing write (the state's, <see cref="EfStorage"/>, or the
/// commit's when the state did not change) also lets go of the conversation's lease: after taking the lease a turn
/// writes once, not twice.
/// </summary>
internal sealed class TurnUnitOfWork(BuurtBotDbContext db) : ITurnUnitOfWork, IAsyncDisposable
{
    private DatabaseConversationLeases.Lease? _lease;

    public Task BeginAsync(CancellationToken cancellationToken) => db.BeginReadSnapshotAsync(cancellationToken);

    /// <summary>
    /// Only a lease kept in this database can be let go by the turn's write; any other is let go as before. A lease an
    /// earlier attempt of the turn already let go is not let go again.
    /// </summary>
    public void LetGoWithCommit(IAsyncDisposable lease) => _lease = lease is DatabaseConversationLeases.Lease { IsLetGo: false } held ? held : null;

    /// <summary>
    /// The turn's closing write: everything staged, and letting go of the lease (once). A save in the middle of a turn
    /// (a new member's row, which needs its id) goes to the context directly and keeps the lease.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var lease = _lease;
        if (await db.SaveTurnChangesAsync(lease is null ? null : (lease.Key, lease.Holder), cancellationToken))
        {
            lease!.LetGoByCommit();
            _lease = null;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => SaveAsync(cancellationToken);

    /// <summary>A turn that failed before its commit still ends its snapshot before the context is reused.</summary>
    public async ValueTask DisposeAsync() => await db.EndReadSnapshotAsync();
}
