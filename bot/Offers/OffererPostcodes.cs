using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Offers;

/// <summary>Keeps the copies of an offerer's postcode on their offers (<see cref="Offer.OffererPostcode"/>) true.</summary>
internal static class OffererPostcodes
{
    /// <summary>The offerer moved, or was erased (null): every offer of theirs, and its matching rows, follows in this turn.</summary>
    public static async Task FollowOffererAsync(this BuurtBotDbContext db, long offererId, string? postcode, CancellationToken cancellationToken)
    {
        var offers = await db.Offers
            .Where(o => o.OffererId == offererId && o.OffererPostcode != postcode)
            .Include(o => o.CategoryRows)
            .Include(o => o.ItemSuffixes)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        offers.ForEach(o => o.FollowOfferer(postcode));
    }
}
