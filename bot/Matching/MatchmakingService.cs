using BuurtBot.Data;
using BuurtBot.Dialogs.Matching;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Matching;

/// <summary>The conversations' way into matching: answers to the bot's open question, and messages within a match.</summary>
internal sealed class MatchmakingService(
    BuurtBotDbContext db, QuestionLedger questions, Matchmaker matchmaker, MatchFollowUps followUps, Notifier notifier) : IMatchmaking
{
    public async Task<IReadOnlyList<string>?> AnswerAsync(long memberId, string text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await questions.FindAskedAsync(memberId, cancellationToken) is not { } question)
        {
            return await LateAnswerAsync(memberId, text, at, cancellationToken);
        }

        var member = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        if (question.Kind == QuestionKind.FollowUp)
        {
            return Rating(text) is { } rating ? await followUps.RecordHowItWentAsync(question, member, rating, at, cancellationToken) : null;
        }

        return DutchConfirmRecognizer.Recognize(text) is { } yes
            ? await matchmaker.AnswerAsync(question, member, yes, at, cancellationToken)
            : null;
    }

    public async Task PauseAsync(long memberId, DateTimeOffset? until, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        member.PauseUntil(until ?? DateTimeOffset.MaxValue);
        if (await questions.FindAskedAsync(memberId, cancellationToken) is { Kind: QuestionKind.Provide } open)
        {
            await matchmaker.AnswerAsync(open, member, yes: false, at, cancellationToken);
        }

        var waiting = await db.Questions.Where(q => q.MemberId == memberId && q.Status == QuestionStatus.Waiting).ToListAsync(cancellationToken);
        foreach (var question in waiting)
        {
            question.Close(QuestionStatus.Withdrawn, at);
        }
    }

    public async Task<bool> ResumeAsync(long memberId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        if (!member.IsPaused(at))
        {
            return false;
        }

        member.PauseUntil(null);
        return true;
    }

    public Task<string?> AskWaitingAsync(long memberId, DateTimeOffset at, CancellationToken cancellationToken) =>
        questions.AskNextAsync(memberId, at, cancellationToken);

    public async Task<string> RelayAsync(long memberId, string recipientName, string message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var active = await db.Requests
            .Where(r => r.Status == RequestStatus.Matched && (r.RequesterId == memberId || r.MatchedMemberId == memberId))
            .OrderByDescending(r => r.MatchedAt)
            .ToListAsync(cancellationToken);
        foreach (var request in active)
        {
            var otherId = request.RequesterId == memberId ? request.MatchedMemberId!.Value : request.RequesterId;
            var other = await db.Members.SingleAsync(m => m.Id == otherId, cancellationToken);
            var names = new[] { other.FirstName, request.RequesterId == otherId ? request.Beneficiary?.Name : null };
            if (!names.Any(n => n is not null && SameName(n, recipientName)))
            {
                continue;
            }

            var sender = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
            await notifier.NotifyAsync(other, $"Bericht van {sender.FirstName} via BuurtBot: \"{message}\"", at, cancellationToken);
            db.RelayedMessages.Add(Matching.RelayedMessage.Between(request.Id, memberId, otherId, message, at));
            return $"Ik heb uw bericht doorgegeven aan {other.FirstName}.";
        }

        return active.Count == 0
            ? "U heeft op dit moment geen afspraak via BuurtBot, dus ik kan het bericht aan niemand doorgeven."
            : $"U heeft nu geen afspraak met {recipientName}. Ik heb het bericht niet doorgegeven.";
    }

    /// <summary>
    /// A "ja" or "nee" just after the member's question was closed (someone else was quicker, or the request was
    /// withdrawn): they hear so, instead of a menu.
    /// </summary>
    private async Task<IReadOnlyList<string>?> LateAnswerAsync(long memberId, string text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (DutchConfirmRecognizer.Recognize(text) is null)
        {
            return null;
        }

        var since = at - TimeSpan.FromHours(12);
        var closed = await db.Questions
            .Where(q => q.MemberId == memberId && q.Kind == QuestionKind.Provide && q.AskedAt != null && q.AnsweredAt >= since
                && (q.Status == QuestionStatus.Arranged || q.Status == QuestionStatus.Withdrawn))
            .OrderByDescending(q => q.AnsweredAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (closed is null)
        {
            return null;
        }

        var request = await db.Requests.SingleAsync(r => r.Id == closed.RequestId, cancellationToken);
        var requester = await db.Members.SingleAsync(m => m.Id == request.RequesterId, cancellationToken);
        return closed.Status == QuestionStatus.Arranged
            ? [$"Dank u wel! Er is al iemand gevonden voor {MatchTexts.Name(request, requester)}."]
            : [MatchTexts.NoLongerNeeded(request, requester)];
    }

    /// <summary>ja = 5, nee = 1, or a digit 1 to 5.</summary>
    private static int? Rating(string text) =>
        DutchNumberRecognizer.Recognize(text) is { } n and >= 1 and <= 5 ? n
        : DutchConfirmRecognizer.Recognize(text) switch { true => 5, false => 1, _ => null };

    private static bool SameName(string known, string said)
    {
        static string Core(string name) => string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("mevrouw" or "meneer" or "mw" or "dhr")));
        return Core(known) == Core(said) || Core(known).Split(' ')[0] == Core(said).Split(' ')[0];
    }
}
