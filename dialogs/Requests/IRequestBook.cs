namespace BuurtBot.Dialogs.Requests;

/// <summary>
/// Where confirmed requests are kept. Placing a request also starts looking for a neighbour (the first
/// questions go out in the same turn). Changes are staged in the turn and committed with it.
/// </summary>
public interface IRequestBook
{
    Task<Placement> PlaceMealRequestAsync(long requesterId, MealRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset placedAt, CancellationToken cancellationToken);

    Task<Placement> PlaceLoanRequestAsync(long requesterId, LoanRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset placedAt, CancellationToken cancellationToken);

    Task<Placement> PlaceHelpRequestAsync(long requesterId, HelpRequestDraft draft, Beneficiary? beneficiary, DateTimeOffset placedAt, CancellationToken cancellationToken);

    /// <summary>Open and matched requests of this member (as requester or carer), oldest first.</summary>
    Task<IReadOnlyList<OpenRequest>> ListOpenAsync(long requesterId, CancellationToken cancellationToken);

    /// <summary>Cancels the member's most recent open request (telling the neighbour who said yes, if any).</summary>
    Task<CancelledRequest?> CancelLatestAsync(long requesterId, DateTimeOffset at, CancellationToken cancellationToken);
}
