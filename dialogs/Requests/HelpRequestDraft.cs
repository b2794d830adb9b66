using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Requests;

/// <summary>A request for help, as the conversation builds it up.</summary>
public sealed record HelpRequestDraft
{
    public HelpCategory? Category { get; init; }

    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public PartOfDay? PartOfDay { get; init; }

    /// <summary>What the person said they need, in their words, for the helper.</summary>
    public string? Description { get; init; }

    /// <summary>Who it is for, when a carer asks for someone else.</summary>
    public Beneficiary? For { get; init; }

    /// <summary>A standing request ("elke dinsdag"): the weekdays it comes back on; null for once.</summary>
    public IReadOnlyList<DayOfWeek>? Repeat { get; init; }

    public bool IsComplete => Category is not null && Date is not null;
}
