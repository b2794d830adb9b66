using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Requests;

/// <summary>A confirmed request for a meal, a loan or help, and where it stands.</summary>
public sealed class Request
{
    private Request()
    {
    }

    public long Id { get; private set; }

    public RequestKind Kind { get; private set; }

    public long RequesterId { get; private set; }

    public DateOnly? Date { get; private set; }

    public TimeOnly? Time { get; private set; }

    public PartOfDay? PartOfDay { get; private set; }

    public int? Portions { get; private set; }

    public IReadOnlyList<Diet> Diets { get; private set; } = [];

    public bool? Delivery { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static Request ForMeal(long requesterId, MealRequestDraft draft, DateTimeOffset at)
    {
        if (!draft.IsComplete)
        {
            throw new InvalidOperationException("A meal request needs a day, portions, diet wishes and pick-up or delivery.");
        }

        return new Request
        {
            Kind = RequestKind.Meal,
            RequesterId = requesterId,
            Date = draft.Date,
            Time = draft.Time,
            PartOfDay = draft.PartOfDay,
            Portions = draft.Portions,
            Diets = draft.Diets!,
            Delivery = draft.Delivery,
            Status = RequestStatus.Open,
            CreatedAt = at,
        };
    }

    public void Cancel(DateTimeOffset at)
    {
        if (Status is RequestStatus.Open or RequestStatus.Matched)
        {
            Status = RequestStatus.Cancelled;
            ClosedAt = at;
        }
    }

    public PlacedRequest ToPlaced() => new(Id, Kind, Date, Status);
}
