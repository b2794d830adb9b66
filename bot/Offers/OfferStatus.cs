namespace BuurtBot.Offers;

public enum OfferStatus
{
    Active,
    UsedUp,
    Withdrawn,
}
