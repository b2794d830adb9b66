namespace BuurtBot.Outbox;

/// <summary>Wakes the dispatcher when a turn stored new messages, so they leave at once rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Notify()
    {
        try
        {
            _pulse.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled: one wake-up covers all
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pulse.WaitAsync(timeout, cancellationToken);
}
