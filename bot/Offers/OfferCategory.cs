using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Offers;

/// <summary>
/// One kind of help a help offer is for, in a row of its own (the offer's <see cref="Offer.Categories"/> as a table),
/// so that matching finds the helpers for one kind of help through an index instead of reading every help offer.
/// </summary>
public sealed class OfferCategory
{
    private OfferCategory()
    {
    }

    public OfferCategory(HelpCategory category, string? offererPostcode)
    {
        Category = category;
        OffererPostcode = offererPostcode;
    }

    public long OfferId { get; private set; }

    public HelpCategory Category { get; private set; }

    /// <summary>The offerer's postcode (<see cref="Offer.OffererPostcode"/>): the help offered in an area, through one index.</summary>
    public string? OffererPostcode { get; internal set; }
}
