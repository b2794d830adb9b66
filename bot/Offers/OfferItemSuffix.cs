namespace BuurtBot.Offers;

/// <summary>
/// One suffix of a lent thing's name ("aluminium ladder", "luminium ladder", ... "r"), in a row of its own, so that
/// "the name contains what is asked for" is a prefix search on an index: a name contains "ladder" exactly when one of
/// its suffixes starts with "ladder".
/// </summary>
public sealed class OfferItemSuffix
{
    private OfferItemSuffix()
    {
    }

    public OfferItemSuffix(string suffix, string? offererPostcode)
    {
        Suffix = suffix;
        OffererPostcode = offererPostcode;
    }

    public long OfferId { get; private set; }

    public string Suffix { get; private set; } = string.Empty;

    /// <summary>The offerer's postcode (<see cref="Offer.OffererPostcode"/>): an area's lenders of a thing, through one index.</summary>
    public string? OffererPostcode { get; internal set; }
}
