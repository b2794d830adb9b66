namespace BuurtBot.Dialogs.Requests;

/// <summary>Where confirmed requests are kept. Changes are staged in the turn and committed with it.</summary>
public interface IRequestBook
{
    Task PlaceMealRequestAsync(long requesterId, MealRequestDraft draft, DateTimeOffset placedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<PlacedRequest>> ListOpenAsync(long requesterId, CancellationToken cancellationToken);
}
