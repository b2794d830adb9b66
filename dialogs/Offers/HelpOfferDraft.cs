using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Offers;

/// <summary>A helper's offer: the kinds of help, the days, and how far they go.</summary>
public sealed record HelpOfferDraft
{
    public IReadOnlyList<HelpCategory>? Categories { get; init; }

    /// <summary>Empty: any day.</summary>
    public IReadOnlyList<DayOfWeek>? Days { get; init; }

    /// <summary>0 only their own area, 1 the neighbourhood, 2 the whole town.</summary>
    public int? Distance { get; init; }

    public bool IsComplete => Categories is { Count: > 0 } && Days is not null && Distance is not null;
}
