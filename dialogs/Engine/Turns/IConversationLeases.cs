namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// Holds a conversation for one turn across every process that shares the bot's state, so turns of one
/// conversation run one after another even when they arrive at different instances.
/// </summary>
public interface IConversationLeases
{
    /// <summary>Waits until this process holds the conversation; disposing the result lets it go.</summary>
    Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>One try: the lease when the conversation is free, null when another turn holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string conversationId, CancellationToken cancellationToken);
}
