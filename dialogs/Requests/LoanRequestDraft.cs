namespace BuurtBot.Dialogs.Requests;

/// <summary>A request to borrow something, as the conversation builds it up.</summary>
public sealed record LoanRequestDraft
{
    /// <summary>The thing, normalised ("boormachine").</summary>
    public string? Item { get; init; }

    /// <summary>From when it is needed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>When it goes back.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Who it is for, when a carer asks for someone else.</summary>
    public Beneficiary? For { get; init; }

    public bool IsComplete => Item is not null && Date is not null;
}
