using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Offers;

namespace BuurtBot.Matching;

/// <summary>
/// What matching weighs of an offer, and nothing else: read as these few columns when a search ranks a hundred
/// offers, instead of whole offers (dish, price, times) of which only the few that are asked about are needed.
/// </summary>
public sealed record OfferTerms(
    long Id,
    long OffererId,
    RequestKind Kind,
    OfferStatus Status,
    DateOnly? Date,
    int? PortionsLeft,
    IReadOnlyList<Diet> Diets,
    bool? Brings,
    string? Item,
    IReadOnlyList<HelpCategory> Categories,
    IReadOnlyList<DayOfWeek> Days,
    int MaxDistance)
{
    public static OfferTerms Of(Offer offer) => new(
        offer.Id, offer.OffererId, offer.Kind, offer.Status, offer.Date, offer.PortionsLeft, offer.Diets, offer.Brings, offer.Item,
        offer.Categories, offer.Days, offer.MaxDistance);
}
