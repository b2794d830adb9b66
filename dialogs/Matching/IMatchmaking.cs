namespace BuurtBot.Dialogs.Matching;

/// <summary>The conversations' side of matching: answering the bot's open question, and messages within a match.</summary>
public interface IMatchmaking
{
    /// <summary>
    /// When the member has an open question and the message answers it (ja/nee, or 1 to 5 after a follow-up),
    /// handles the answer and returns what to say back; null when there is no open question or this is no answer.
    /// </summary>
    Task<IReadOnlyList<string>?> AnswerAsync(long memberId, string text, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The member is free (no conversation going on): asks their next waiting question, returning its text, or null.</summary>
    Task<string?> AskWaitingAsync(long memberId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Passes a message to the other side of one of the member's active matches; returns what to say back.</summary>
    /// <summary>
    /// No questions for the member until the moment given (null: until they say they are back). A question they have
    /// open counts as a "nee", so the request moves on; questions waiting for them are withdrawn.
    /// </summary>
    Task PauseAsync(long memberId, DateTimeOffset? until, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Ends a pause; returns false when the member was not paused.</summary>
    Task<bool> ResumeAsync(long memberId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<string> RelayAsync(long memberId, string recipientName, string message, DateTimeOffset at, CancellationToken cancellationToken);
}
