namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// A turn's work with the store: begun before the turn reads anything, and everything the turn changed (state,
/// records, outgoing messages) committed at once at the end.
/// </summary>
public interface ITurnUnitOfWork
{
    /// <summary>Before the turn's first read: the store may let the turn's reads see one consistent state.</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The conversation's lease (from <see cref="IConversationLeases"/>), to be let go by the turn's closing write
    /// (the state's, else the commit's) when the store keeps the leases too: one write per turn less. Disposing the
    /// lease afterwards does nothing more then; when that write fails, or the store cannot, disposing it lets it go.
    /// </summary>
    void LetGoWithCommit(IAsyncDisposable lease);

    Task CommitAsync(CancellationToken cancellationToken);
}
