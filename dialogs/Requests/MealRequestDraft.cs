using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Requests;

/// <summary>A meal request as the conversation builds it up, one answer at a time.</summary>
public sealed record MealRequestDraft
{
    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public PartOfDay? PartOfDay { get; init; }

    public int? Portions { get; init; }

    public IReadOnlyList<Diet>? Diets { get; init; }

    public bool? Delivery { get; init; }

    /// <summary>Who it is for, when a carer asks for someone else.</summary>
    public Beneficiary? For { get; init; }

    /// <summary>A standing request ("elke dinsdag"): the weekdays it comes back on; null for once.</summary>
    public IReadOnlyList<DayOfWeek>? Repeat { get; init; }

    public bool IsComplete => Date is not null && Portions is not null && Diets is not null && Delivery is not null;
}
