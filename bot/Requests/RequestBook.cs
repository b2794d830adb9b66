using BuurtBot.Data;
using BuurtBot.Dialogs.Requests;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Requests;

internal sealed class RequestBook(BuurtBotDbContext db) : IRequestBook
{
    public Task PlaceMealRequestAsync(long requesterId, MealRequestDraft draft, DateTimeOffset placedAt, CancellationToken cancellationToken)
    {
        db.Requests.Add(Request.ForMeal(requesterId, draft, placedAt));
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<PlacedRequest>> ListOpenAsync(long requesterId, CancellationToken cancellationToken) =>
        await db.Requests
            .Where(r => r.RequesterId == requesterId && (r.Status == RequestStatus.Open || r.Status == RequestStatus.Matched))
            .OrderBy(r => r.Id)
            .Select(r => new PlacedRequest(r.Id, r.Kind, r.Date, r.Status))
            .ToListAsync(cancellationToken);
}
