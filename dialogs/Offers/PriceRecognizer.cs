using System.Globalization;
using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Offers;

/// <summary>
/// Reads what a cook asks per portion: "4 euro per portie", "€3,50 p.p.", "3.50 per persoon", "vier euro vijftig",
/// "een tientje", "gratis", "voor niks", "kost niks", and a total for several portions ("10 euro voor 4 porties" is 2.50
/// each, rounded to the cent). A number without a currency or "per portie" is not a price ("4 porties om 6 uur").
/// An amount wins over a free word ("gratis bezorgd, 4 euro p.p." costs 4); "tegen een kleine vergoeding" is a
/// payment without an amount.
/// </summary>
public static partial class PriceRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase;

    public static Price? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var said = text.Length > 600 ? text[..600] : text;
        if (Amount(said) is { } found)
        {
            if (found.Amount == 0)
            {
                return Price.Gratis;
            }

            var perPortion = found.Portions is { } portions ? Math.Round(found.Amount / portions, 2, MidpointRounding.AwayFromZero) : found.Amount;
            return found.Total && found.Portions is null ? Price.Unspecified : new Price(perPortion, false);
        }

        if (FreeWords().IsMatch(said))
        {
            return Price.Gratis;
        }

        return SomePayment().IsMatch(said) ? Price.Unspecified : null;
    }

    /// <summary>The first amount said, and whether it is a total for a number of portions.</summary>
    private static (decimal Amount, bool Total, int? Portions)? Amount(string text)
    {
        var match = Money().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var amount = Value(match);
        if (amount is not { } value || value > 10_000)
        {
            return null;
        }

        var before = text[Math.Max(0, match.Index - 40)..match.Index];
        var after = text[(match.Index + match.Length)..Math.Min(text.Length, match.Index + match.Length + 50)];
        if (PerPortion().IsMatch(after))
        {
            return (value, false, null);
        }

        var forPortions = ForPortions().Match(after);
        var portionsFor = PortionsFor().Match(before);
        var count = forPortions.Success ? Count(forPortions.Groups["n"].Value) : portionsFor.Success ? Count(portionsFor.Groups["n"].Value) : null;
        if (count is not null)
        {
            return (value, true, count);
        }

        if (Total().IsMatch(before + " " + after))
        {
            var portions = AnyPortions().Match(text);
            return (value, true, portions.Success ? Count(portions.Groups["n"].Value) : null);
        }

        return (value, false, null);
    }

    private static decimal? Value(Match match)
    {
        var digits = match.Groups["digits"];
        if (digits.Success)
        {
            var number = decimal.Parse(digits.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return match.Groups["cent"].Success ? number / 100 : number;
        }

        if (match.Groups["slang"].Success)
        {
            return match.Groups["slang"].Value.ToLowerInvariant() switch
            {
                "tientje" or "tiennetje" or "joet" => 10m,
                "vijfje" or "vijfeurobiljet" => 5m,
                _ => 2.5m, // knaak, rijksdaalder
            };
        }

        var euros = match.Groups["words"].Value.ToLowerInvariant() switch
        {
            "een" or "één" or "eén" or "1" => 1,
            "halve" => 0,
            "anderhalve" => 1,
            var word => DutchNumberRecognizer.Recognize(word),
        };
        if (euros is null)
        {
            return null;
        }

        var cents = match.Groups["centwords"].Value.ToLowerInvariant() switch
        {
            "" => match.Groups["words"].Value is "halve" or "anderhalve" ? 50 : 0,
            "vijftig" => 50,
            "vijfentwintig" => 25,
            "vijfenzeventig" => 75,
            "tien" => 10,
            "twintig" => 20,
            "dertig" => 30,
            "veertig" => 40,
            "zestig" => 60,
            "zeventig" => 70,
            "tachtig" => 80,
            "negentig" => 90,
            var digitsAfter => int.TryParse(digitsAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c < 100 ? c : 0,
        };
        return euros.Value + (cents / 100m);
    }

    private static int? Count(string word) => word.ToLowerInvariant() is "een" or "één" ? 1 : DutchNumberRecognizer.Recognize(word) is { } n and > 0 and <= 100 ? n : null;
}
