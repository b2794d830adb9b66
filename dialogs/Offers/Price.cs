namespace BuurtBot.Dialogs.Offers;

/// <summary>
/// What a cook asks for one portion. <see cref="Free"/>: nothing (the amount is then 0). An amount of null with
/// <see cref="Free"/> false means a payment is asked but no amount was said ("tegen een kleine vergoeding"): the
/// conversation asks how much.
/// </summary>
public sealed record Price(decimal? AmountPerPortion, bool Free)
{
    public static Price Gratis { get; } = new(0m, true);

    public static Price Unspecified { get; } = new(null, false);
}
