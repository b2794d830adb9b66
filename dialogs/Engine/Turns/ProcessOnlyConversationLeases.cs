namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// For an engine that is the only process on its state (tests, tools): the in-process
/// <see cref="ConversationLocks"/> already serialise its turns, so there is nothing more to hold.
/// </summary>
public sealed class ProcessOnlyConversationLeases : IConversationLeases
{
    public Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(Nothing.Instance);

    public Task<IAsyncDisposable?> TryAcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(Nothing.Instance);

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
