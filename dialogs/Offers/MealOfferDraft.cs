using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Offers;

/// <summary>A cook's offer as the conversation builds it up ("Ik kook donderdag 4 porties stamppot, 4 euro per portie").</summary>
public sealed record MealOfferDraft
{
    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public int? Portions { get; init; }

    public decimal? PricePerPortion { get; init; }

    public bool Free { get; init; }

    public string? Dish { get; init; }

    public IReadOnlyList<Diet> Diets { get; init; } = [];

    /// <summary>True: the cook brings it; false: it is picked up.</summary>
    public bool? Brings { get; init; }

    public bool IsComplete => Date is not null && Portions is not null && Brings is not null;
}
