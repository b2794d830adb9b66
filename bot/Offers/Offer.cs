using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Members;

namespace BuurtBot.Offers;

/// <summary>
/// What a neighbour offers: a cook's meal (day, portions left, price, diet, brought or picked up), a thing to
/// lend, or help (kinds of help, days, how far they travel).
/// </summary>
public sealed class Offer
{
    private readonly List<OfferCategory> categoryRows = [];
    private readonly List<OfferItemSuffix> itemSuffixes = [];

    private Offer()
    {
    }

    public long Id { get; private set; }

    public RequestKind Kind { get; private set; }

    public long OffererId { get; private set; }

    /// <summary>
    /// The offerer's postcode, copied onto the offer (and its <see cref="CategoryRows"/> and <see cref="ItemSuffixes"/>)
    /// so that matching finds an area's offers through an index instead of reading the town's; it follows the offerer
    /// when they move or are erased (<see cref="FollowOfferer"/>).
    /// </summary>
    public string? OffererPostcode { get; private set; }

    public DateOnly? Date { get; private set; }

    public TimeOnly? Time { get; private set; }

    public int? PortionsLeft { get; private set; }

    public decimal? PricePerPortion { get; private set; }

    public string? Dish { get; private set; }

    public IReadOnlyList<Diet> Diets { get; private set; } = [];

    /// <summary>Whether the cook or lender brings it (true) or it is picked up (false); null: not said.</summary>
    public bool? Brings { get; private set; }

    public string? Item { get; private set; }

    public IReadOnlyList<HelpCategory> Categories { get; private set; } = [];

    /// <summary>The <see cref="Categories"/> as rows of their own, for matching (written with the offer, never changed).</summary>
    public IReadOnlyList<OfferCategory> CategoryRows => categoryRows;

    /// <summary>Every suffix of <see cref="Item"/> as rows of their own, for matching (written with the offer, never changed).</summary>
    public IReadOnlyList<OfferItemSuffix> ItemSuffixes => itemSuffixes;

    /// <summary>Days a helper can (empty: any day).</summary>
    public IReadOnlyList<DayOfWeek> Days { get; private set; } = [];

    /// <summary>How far a helper travels: 0 their own postcode area, 1 the neighbourhood around it, 2 further.</summary>
    public int MaxDistance { get; private set; } = 1;

    public OfferStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public static Offer Meal(Member offerer, DateOnly date, TimeOnly? time, int portions, decimal? price, string? dish, IReadOnlyList<Diet> diets, bool? brings, DateTimeOffset at) => new()
    {
        Kind = RequestKind.Meal,
        OffererId = offerer.Id,
        OffererPostcode = offerer.Postcode,
        Date = date,
        Time = time,
        PortionsLeft = portions,
        PricePerPortion = price,
        Dish = dish,
        Diets = diets,
        Brings = brings,
        Status = OfferStatus.Active,
        CreatedAt = at,
    };

    public static Offer Loan(Member offerer, string item, bool? brings, DateTimeOffset at)
    {
        var offer = new Offer
        {
            Kind = RequestKind.Loan,
            OffererId = offerer.Id,
            OffererPostcode = offerer.Postcode,
            Item = item,
            Brings = brings,
            Status = OfferStatus.Active,
            CreatedAt = at,
        };
        offer.itemSuffixes.AddRange(Enumerable.Range(0, item.Length).Select(i => item[i..]).Distinct(StringComparer.Ordinal).Select(s => new OfferItemSuffix(s, offer.OffererPostcode)));
        return offer;
    }

    public static Offer Help(Member offerer, IReadOnlyList<HelpCategory> categories, IReadOnlyList<DayOfWeek> days, int maxDistance, DateTimeOffset at)
    {
        var offer = new Offer
        {
            Kind = RequestKind.Help,
            OffererId = offerer.Id,
            OffererPostcode = offerer.Postcode,
            Categories = categories,
            Days = days,
            MaxDistance = Math.Clamp(maxDistance, 0, 2),
            Status = OfferStatus.Active,
            CreatedAt = at,
        };
        offer.categoryRows.AddRange(categories.Distinct().Select(c => new OfferCategory(c, offer.OffererPostcode)));
        return offer;
    }

    /// <summary>The offerer moved (or was erased: null): the offer, and the rows matching finds it by, follow.</summary>
    public void FollowOfferer(string? postcode)
    {
        OffererPostcode = postcode;
        categoryRows.ForEach(c => c.OffererPostcode = postcode);
        itemSuffixes.ForEach(s => s.OffererPostcode = postcode);
    }

    /// <summary>Takes portions for a matched request; the offer is used up when none are left.</summary>
    public bool TakePortions(int portions)
    {
        if (Kind != RequestKind.Meal || Status != OfferStatus.Active || PortionsLeft < portions)
        {
            return false;
        }

        PortionsLeft -= portions;
        if (PortionsLeft == 0)
        {
            Status = OfferStatus.UsedUp;
        }

        Version = Guid.NewGuid();
        return true;
    }

    public void Withdraw()
    {
        Status = OfferStatus.Withdrawn;
        Version = Guid.NewGuid();
    }

    public void Change(DateOnly? date, int? portionsLeft, decimal? price)
    {
        Date = date ?? Date;
        PortionsLeft = portionsLeft ?? PortionsLeft;
        PricePerPortion = price ?? PricePerPortion;
        if (Status == OfferStatus.UsedUp && PortionsLeft > 0)
        {
            Status = OfferStatus.Active;
        }

        Version = Guid.NewGuid();
    }
}
