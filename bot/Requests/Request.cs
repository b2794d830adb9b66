using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Requests;

/// <summary>
/// A confirmed request for a meal, a loan or help: what, when, for whom (the requester, or someone a carer
/// writes for), and where it stands. The first neighbour to say yes is recorded here; the version makes two
/// yeses at the same moment end in one match.
/// </summary>
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

    public string? Item { get; private set; }

    public DateOnly? Until { get; private set; }

    public HelpCategory? Category { get; private set; }

    public string? Description { get; private set; }

    public RequestBeneficiary? Beneficiary { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When nobody has said yes by then, the request goes to a coordinator.</summary>
    public DateTimeOffset Deadline { get; private set; }

    public long? MatchedMemberId { get; private set; }

    public long? MatchedOfferId { get; private set; }

    public DateTimeOffset? MatchedAt { get; private set; }

    /// <summary>The time agreed for the meal or the help (when it was said or follows from the offer).</summary>
    public TimeOnly? AgreedTime { get; private set; }

    /// <summary>How the requester said it went: 1 to 5 (ja = 5, nee = 1).</summary>
    public int? Rating { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>A standing request ("elke dinsdag"): the weekdays it comes back on, as bits (1 &lt;&lt; DayOfWeek); null for once.</summary>
    public int? RepeatDays { get; private set; }

    /// <summary>The occurrence of the standing request this one follows (null for the first, or for one-off requests).</summary>
    public long? PreviousOccurrenceId { get; private set; }

    public IReadOnlyList<DayOfWeek> Repeat => RepeatDays is { } bits
        ? [.. Enum.GetValues<DayOfWeek>().Where(d => (bits & (1 << (int)d)) != 0)]
        : [];

    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsOpen => Status is RequestStatus.Open or RequestStatus.Escalated;

    public static Request ForMeal(long requesterId, MealRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset at, DateTimeOffset deadline)
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
            RepeatDays = Bits(draft.Repeat),
            Beneficiary = RequestBeneficiary.From(beneficiary),
            Status = RequestStatus.Open,
            CreatedAt = at,
            Deadline = deadline,
        };
    }

    public static Request ForLoan(long requesterId, LoanRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset at, DateTimeOffset deadline)
    {
        if (!draft.IsComplete)
        {
            throw new InvalidOperationException("A loan request needs the thing and the day.");
        }

        return new Request
        {
            Kind = RequestKind.Loan,
            RequesterId = requesterId,
            Item = draft.Item,
            Date = draft.Date,
            Until = draft.Until,
            Beneficiary = RequestBeneficiary.From(beneficiary),
            Status = RequestStatus.Open,
            CreatedAt = at,
            Deadline = deadline,
        };
    }

    public static Request ForHelp(long requesterId, HelpRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset at, DateTimeOffset deadline)
    {
        if (!draft.IsComplete)
        {
            throw new InvalidOperationException("A help request needs a kind of help and a day.");
        }

        return new Request
        {
            Kind = RequestKind.Help,
            RequesterId = requesterId,
            Category = draft.Category,
            Date = draft.Date,
            Time = draft.Time,
            PartOfDay = draft.PartOfDay,
            Description = draft.Description,
            RepeatDays = Bits(draft.Repeat),
            Beneficiary = RequestBeneficiary.From(beneficiary),
            Status = RequestStatus.Open,
            CreatedAt = at,
            Deadline = deadline,
        };
    }

    /// <summary>The next day this standing request comes back on, after this occurrence; null when it does not repeat.</summary>
    public DateOnly? NextDate => RepeatDays is not { } bits || Date is not { } date
        ? null
        : Enumerable.Range(1, 7).Select(date.AddDays).First(d => (bits & (1 << (int)d.DayOfWeek)) != 0);

    /// <summary>The next week's occurrence: the same wishes on the next day, matched on its own.</summary>
    public Request NextOccurrence(DateTimeOffset at, DateTimeOffset deadline) => new()
    {
        Kind = Kind,
        RequesterId = RequesterId,
        Date = NextDate ?? throw new InvalidOperationException("Only a standing request has a next occurrence."),
        Time = Time,
        PartOfDay = PartOfDay,
        Portions = Portions,
        Diets = [.. Diets],
        Delivery = Delivery,
        Item = Item,
        Category = Category,
        Description = Description,
        RepeatDays = RepeatDays,
        PreviousOccurrenceId = Id,
        Beneficiary = Beneficiary is null ? null : Beneficiary with { },
        Status = RequestStatus.Open,
        CreatedAt = at,
        Deadline = deadline,
    };

    /// <summary>The requester's data is removed: whom it was for (name, address, phone) and their own words go.</summary>
    public void Forget()
    {
        Beneficiary = null;
        Description = null;
        Version = Guid.NewGuid();
    }

    /// <summary>The first yes: the request is matched with this neighbour (and their offer, if any).</summary>
    public bool Match(long memberId, long? offerId, TimeOnly? agreedTime, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return false;
        }

        Status = RequestStatus.Matched;
        MatchedMemberId = memberId;
        MatchedOfferId = offerId;
        MatchedAt = at;
        AgreedTime = Time ?? agreedTime;
        Version = Guid.NewGuid();
        return true;
    }

    public bool Escalate()
    {
        if (Status != RequestStatus.Open)
        {
            return false;
        }

        Status = RequestStatus.Escalated;
        Version = Guid.NewGuid();
        return true;
    }

    public bool Cancel(DateTimeOffset at)
    {
        if (Status is not (RequestStatus.Open or RequestStatus.Escalated or RequestStatus.Matched))
        {
            return false;
        }

        Status = RequestStatus.Cancelled;
        ClosedAt = at;
        Version = Guid.NewGuid();
        return true;
    }

    public void Complete(int? rating, DateTimeOffset at)
    {
        if (Status == RequestStatus.Matched)
        {
            Status = RequestStatus.Done;
            ClosedAt = at;
        }

        Rating = rating ?? Rating;
        Version = Guid.NewGuid();
    }

    /// <summary>A short Dutch description: "een maaltijd", "een boormachine", "hulp met boodschappen".</summary>
    public string What => Kind switch
    {
        RequestKind.Meal => Diets.Contains(Diet.Vegetarian) ? "een vegetarische maaltijd" : Diets.Contains(Diet.Vegan) ? "een veganistische maaltijd" : "een maaltijd",
        RequestKind.Loan => $"een {Item}",
        _ => Category is { } category ? $"hulp {HelpCategoryNames.With(category)}" : "hulp",
    };

    private static int? Bits(IReadOnlyList<DayOfWeek>? days) =>
        days is null || days.Count == 0 ? null : days.Aggregate(0, (bits, day) => bits | (1 << (int)day));
}
