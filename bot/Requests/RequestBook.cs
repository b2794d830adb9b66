using BuurtBot.Data;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Members;
using BuurtBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Requests;

/// <summary>
/// Confirmed requests. Placing one sets its deadline (a meal: the afternoon of its day; a loan: a few hours; help:
/// a day) and starts looking for a neighbour in the same turn.
/// </summary>
internal sealed class RequestBook(BuurtBotDbContext db, Matchmaker matchmaker, MatchClosing closing, IOptions<MatchingOptions> options) : IRequestBook
{
    /// <summary>On the evening of an occurrence's day, the next one is placed.</summary>
    private static readonly TimeOnly NextOccurrenceAt = new(20, 0);

    public Task<Placement> PlaceMealRequestAsync(
        long requesterId, MealRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset placedAt, CancellationToken cancellationToken) =>
        PlaceAsync(requesterId, Request.ForMeal(requesterId, draft, beneficiary, placedAt, MealDeadline(draft.Date!.Value, placedAt)), placedAt, cancellationToken);

    public Task<Placement> PlaceLoanRequestAsync(
        long requesterId, LoanRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset placedAt, CancellationToken cancellationToken) =>
        PlaceAsync(requesterId, Request.ForLoan(requesterId, draft, beneficiary, placedAt, placedAt + options.Value.LoanDeadline), placedAt, cancellationToken);

    public Task<Placement> PlaceHelpRequestAsync(
        long requesterId, HelpRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset placedAt, CancellationToken cancellationToken) =>
        PlaceAsync(requesterId, Request.ForHelp(requesterId, draft, beneficiary, placedAt, HelpDeadline(draft.Date!.Value, placedAt)), placedAt, cancellationToken);

    public async Task<IReadOnlyList<OpenRequest>> ListOpenAsync(long requesterId, CancellationToken cancellationToken)
    {
        var requests = await db.Requests
            .Where(r => r.RequesterId == requesterId && (r.Status == RequestStatus.Open || r.Status == RequestStatus.Matched || r.Status == RequestStatus.Escalated))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var providerIds = requests.Where(r => r.MatchedMemberId is not null).Select(r => r.MatchedMemberId!.Value).ToList();
        var providers = providerIds.Count == 0
            ? []
            : await db.Members.Where(m => providerIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.FirstName, cancellationToken);
        return requests
            .Select(r => new OpenRequest(
                r.Id, r.Kind, r.Date, r.Status, r.What, r.MatchedMemberId is { } p ? providers.GetValueOrDefault(p) : null, r.Beneficiary?.Name))
            .ToArray();
    }

    public Task<CancelledRequest?> CancelLatestAsync(long requesterId, DateTimeOffset at, CancellationToken cancellationToken) =>
        closing.CancelLatestAsync(requesterId, at, cancellationToken);

    /// <summary>
    /// A standing request's next occurrence, placed and matched on its own (a "nee" or an escalation of this week
    /// changes nothing for the next). A cancelled occurrence ends the series.
    /// </summary>
    public async Task PlaceNextOccurrenceAsync(Request previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (previous.Status == RequestStatus.Cancelled || previous.NextDate is not { } date
            || await db.Requests.AnyAsync(r => r.PreviousOccurrenceId == previous.Id, cancellationToken))
        {
            return;
        }

        var deadline = previous.Kind == RequestKind.Help ? HelpDeadline(date, now) : MealDeadline(date, now);
        await PlaceAsync(previous.RequesterId, previous.NextOccurrence(now, deadline), now, cancellationToken);
    }

    private async Task<Placement> PlaceAsync(long requesterId, Request request, DateTimeOffset placedAt, CancellationToken cancellationToken)
    {
        var requester = await db.Members.SingleAsync(m => m.Id == requesterId, cancellationToken);
        requester.TakeRole(MemberRoles.Requester);
        db.Requests.Add(request);
        if (request.RepeatDays is not null && request.Date is { } day)
        {
            db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.NextOccurrence, DutchTime.At(day, NextOccurrenceAt), request));
        }

        return new Placement(await matchmaker.StartAsync(request, requester, placedAt, cancellationToken));
    }

    private DateTimeOffset MealDeadline(DateOnly date, DateTimeOffset placedAt) =>
        AtLeastMinimum(DutchTime.At(date, options.Value.MealDeadline), placedAt);

    private DateTimeOffset HelpDeadline(DateOnly date, DateTimeOffset placedAt)
    {
        var eveningBefore = DutchTime.At(date.AddDays(-1), new TimeOnly(18, 0));
        var deadline = placedAt + options.Value.HelpDeadline;
        return AtLeastMinimum(eveningBefore < deadline ? eveningBefore : deadline, placedAt);
    }

    private DateTimeOffset AtLeastMinimum(DateTimeOffset deadline, DateTimeOffset placedAt) =>
        deadline < placedAt + options.Value.MinimumDeadline ? placedAt + options.Value.MinimumDeadline : deadline;
}
