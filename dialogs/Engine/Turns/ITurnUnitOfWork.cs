namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// Commits everything a turn changed (state, records, outgoing messages) at once, at the end of the turn.
/// </summary>
public interface ITurnUnitOfWork
{
    Task CommitAsync(CancellationToken cancellationToken);
}
