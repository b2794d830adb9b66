namespace BuurtBot.Dialogs.Understanding;

/// <summary>Evidence so far for asking and for offering.</summary>
internal readonly record struct DirectionTally(double Request, double Offer)
{
    public DirectionTally AddRequest(double weight) => this with { Request = Request + weight };

    public DirectionTally AddOffer(double weight) => this with { Offer = Offer + weight };
}
