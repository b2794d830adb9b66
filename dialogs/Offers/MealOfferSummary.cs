using System.Globalization;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Meals;

namespace BuurtBot.Dialogs.Offers;

/// <summary>A cook's offer in one sentence: "u kookt donderdag 26 november stamppot en deelt 4 porties van 4,00 euro, het wordt bij u opgehaald".</summary>
public static class MealOfferSummary
{
    public static string Describe(MealOfferDraft draft, DateOnly today)
    {
        var parts = new List<string>();
        var day = draft.Date is { } date ? DutchTime.Day(date, today) : "";
        var time = draft.Time is { } t ? $" om {DutchTime.Clock(t)}" : "";
        // The dish before the day: the day itself may hold a comma ("morgen, dinsdag 24 november").
        var dish = draft.Dish is null ? "" : $" {draft.Dish},";
        parts.Add($"u kookt{dish} {day}{time}".TrimEnd(' ', ','));
        if (draft.Portions is { } portions)
        {
            var price = draft.Free ? " (gratis)" : draft.PricePerPortion is { } p ? $" van {p.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL"))} euro" : "";
            parts.Add(portions == 1 ? $"deelt 1 portie{price}" : $"deelt {portions} porties{price}");
        }

        if (draft.Diets.Count > 0)
        {
            parts.Add(string.Join(" en ", draft.Diets.Select(MealSummary.DietName)));
        }

        if (draft.Brings is { } brings)
        {
            parts.Add(brings ? "u brengt het eten" : "het eten wordt bij u opgehaald");
        }

        return string.Join(", ", parts);
    }
}
