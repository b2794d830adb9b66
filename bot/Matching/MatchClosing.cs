using BuurtBot.Coordination;
using BuurtBot.Data;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Members;
using BuurtBot.Observability;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using BuurtBot.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Matching;

/// <summary>
/// Ending a request early. "Laat maar": the request is cancelled and the neighbour who said yes is told. A deadline
/// without a yes: the requester is told honestly and a coordinator takes it over. Either way the open questions
/// are closed and the people asked hear they need not do anything.
/// </summary>
internal sealed class MatchClosing(BuurtBotDbContext db, Matchmaker matchmaker, Notifier notifier, BuurtBotMetrics metrics)
{
    public async Task<CancelledRequest?> CancelLatestAsync(long requesterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = await db.Requests
            .Where(r => r.RequesterId == requesterId && (r.Status == RequestStatus.Open || r.Status == RequestStatus.Matched || r.Status == RequestStatus.Escalated))
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (request is null || !request.Cancel(now))
        {
            return null;
        }

        var requester = await db.Members.SingleAsync(m => m.Id == requesterId, cancellationToken);
        string? matchedWith = null;
        if (request.MatchedMemberId is { } providerId)
        {
            var provider = await db.Members.SingleAsync(m => m.Id == providerId, cancellationToken);
            matchedWith = provider.FirstName;
            var day = request.Date is { } date ? $" van {DutchTime.Day(date, DutchTime.Today(now))}" : "";
            await notifier.NotifyAsync(provider, $"{MatchTexts.Name(request, requester)} heeft de afspraak{day} afgezegd. U hoeft niets meer te doen. Dank u wel!", now, cancellationToken);
            if (request.MatchedOfferId is { } offerId && await db.Offers.FindAsync([offerId], cancellationToken) is { } offer)
            {
                offer.Change(null, offer.PortionsLeft + (request.Portions ?? 0), null); // the portions are free again
            }
        }

        await matchmaker.CloseOtherQuestionsAsync(request, requester, null, QuestionStatus.Withdrawn, now, cancellationToken);
        await CancelTasksAsync(request, now, cancellationToken);
        return new CancelledRequest(request.Kind, request.What, matchedWith);
    }

    /// <summary>The deadline passed without a yes: honest news to the requester, and the coordinator queue.</summary>
    public async Task EscalateAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!request.Escalate())
        {
            return;
        }

        var requester = await db.Members.SingleAsync(m => m.Id == request.RequesterId, cancellationToken);
        var day = request.Date is { } date ? $" voor {DutchTime.Day(date, DutchTime.Today(now))}" : "";
        await notifier.NotifyAsync(
            requester,
            $"Het is helaas nog niet gelukt om iemand te vinden voor {request.What}{day}. Een medewerker van de buurt neemt contact met u op.",
            now,
            cancellationToken);
        db.CoordinatorItems.Add(CoordinatorItem.Open(
            requester.Id, "escalated", $"Niemand gevonden voor {request.What}{day} (verzoek {request.Id}).", now));
        metrics.Escalated("escalated");
        await matchmaker.CloseOtherQuestionsAsync(request, requester, null, QuestionStatus.Withdrawn, now, cancellationToken);
        // The next week of a standing request still comes: an escalation is about this occurrence only.
        await CancelTasksAsync(request, now, cancellationToken, keep: [ScheduledTaskKind.Deadline, ScheduledTaskKind.NextOccurrence]);
    }

    public async Task CancelTasksAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken, ScheduledTaskKind[]? keep = null)
    {
        keep ??= [];
        var pending = await db.ScheduledTasks
            .Where(t => t.RequestId == request.Id && t.Status == ScheduledTaskStatus.Pending && !keep.Contains(t.Kind))
            .ToListAsync(cancellationToken);
        foreach (var task in pending)
        {
            task.Cancel(now);
        }
    }
}
