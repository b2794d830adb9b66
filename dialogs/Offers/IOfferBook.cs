namespace BuurtBot.Dialogs.Offers;

/// <summary>
/// What neighbours offer. Placing an offer makes the member a cook, lender or helper and checks it against open
/// requests nearby (the member may be asked about one right away). Staged in the turn, committed with it.
/// </summary>
public interface IOfferBook
{
    /// <summary>Places the offer, or changes the cook's offer for the same day; returns true when it changed one.</summary>
    Task<bool> PlaceMealOfferAsync(long offererId, MealOfferDraft draft, DateTimeOffset at, CancellationToken cancellationToken);

    Task PlaceLoanOfferAsync(long offererId, string item, DateTimeOffset at, CancellationToken cancellationToken);

    Task PlaceHelpOfferAsync(long offererId, HelpOfferDraft draft, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The member's offers that still stand, described for a status answer ("uw maaltijd (stamppot) van morgen,
    /// dinsdag 24 november: nog 3 porties"); meals of days gone by are left out.
    /// </summary>
    Task<IReadOnlyList<string>> DescribeActiveAsync(long offererId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Withdraws the member's latest active offer; returns what it was ("uw stamppot van donderdag"), or null.</summary>
    Task<string?> WithdrawLatestAsync(long offererId, DateTimeOffset at, CancellationToken cancellationToken);
}
