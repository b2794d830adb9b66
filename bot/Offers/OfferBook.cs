using BuurtBot.Data;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Offers;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Members;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Offers;

/// <summary>Offers of meals, things to lend and help; each new offer is checked against open requests nearby.</summary>
internal sealed class OfferBook(BuurtBotDbContext db, Matchmaker matchmaker) : IOfferBook
{
    public async Task<bool> PlaceMealOfferAsync(long offererId, MealOfferDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // A second offer for the same day changes the first ("ik kook morgen toch 6 porties"), it does not add one.
        var sameDay = await db.Offers.FirstOrDefaultAsync(
            o => o.OffererId == offererId && o.Kind == RequestKind.Meal && o.Date == draft.Date
                && (o.Status == OfferStatus.Active || o.Status == OfferStatus.UsedUp),
            cancellationToken);
        if (sameDay is not null)
        {
            sameDay.Change(draft.Date, draft.Portions, draft.Free ? 0 : draft.PricePerPortion);
            var offerer = await db.Members.SingleAsync(m => m.Id == offererId, cancellationToken);
            await matchmaker.OfferPlacedAsync(sameDay, offerer, at, cancellationToken);
            return true;
        }

        await PlaceAsync(offererId, MemberRoles.Cook, offerer => Offer.Meal(
            offerer, draft.Date!.Value, draft.Time, draft.Portions!.Value, draft.Free ? 0 : draft.PricePerPortion, draft.Dish, draft.Diets, draft.Brings, at), at, cancellationToken);
        return false;
    }

    public Task PlaceLoanOfferAsync(long offererId, string item, DateTimeOffset at, CancellationToken cancellationToken) =>
        PlaceAsync(offererId, MemberRoles.Lender, offerer => Offer.Loan(offerer, item, null, at), at, cancellationToken);

    public Task PlaceHelpOfferAsync(long offererId, HelpOfferDraft draft, DateTimeOffset at, CancellationToken cancellationToken) =>
        PlaceAsync(offererId, MemberRoles.Helper, offerer => Offer.Help(offerer, draft.Categories!, draft.Days ?? [], draft.Distance ?? 1, at), at, cancellationToken);

    public async Task<IReadOnlyList<string>> DescribeActiveAsync(long offererId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(at);
        var offers = await db.Offers
            .Where(o => o.OffererId == offererId && o.Status == OfferStatus.Active && (o.Kind != RequestKind.Meal || o.Date >= today))
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return offers.Select(o => o.Kind switch
        {
            RequestKind.Meal => $"{Describe(o, today)}: nog {o.PortionsLeft ?? 0} {(o.PortionsLeft == 1 ? "portie" : "porties")}",
            _ => Describe(o, today),
        }).ToList();
    }

    public async Task<string?> WithdrawLatestAsync(long offererId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var offer = await db.Offers
            .Where(o => o.OffererId == offererId && o.Status == OfferStatus.Active)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return null;
        }

        offer.Withdraw();
        return Describe(offer, DutchTime.Today(at));
    }

    private static string Describe(Offer offer, DateOnly today) => offer.Kind switch
    {
        RequestKind.Meal => $"uw maaltijd{(offer.Dish is null ? "" : $" ({offer.Dish})")} van {DutchTime.Day(offer.Date!.Value, today)}",
        RequestKind.Loan => $"het uitlenen van uw {offer.Item}",
        _ => "uw aanbod om te helpen",
    };

    private async Task PlaceAsync(long offererId, MemberRoles role, Func<Member, Offer> make, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var offerer = await db.Members.SingleAsync(m => m.Id == offererId, cancellationToken);
        offerer.TakeRole(role);
        var offer = make(offerer);
        db.Offers.Add(offer);
        await matchmaker.OfferPlacedAsync(offer, offerer, at, cancellationToken);
    }
}
