namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// A turn's work with the store: begun before the turn reads anything, and everything the turn changed (state,
/// records, outgoing messages) committed at once at the end.
/// </summary>
public interface ITurnUnitOfWork
{
    /// <summary>Before the turn's first read: the store may let the turn's reads see one consistent state.</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
