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
    Task<string> RelayAsync(long memberId, string recipientName, string message, DateTimeOffset at, CancellationToken cancellationToken);
}
