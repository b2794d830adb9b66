using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Meals;

/// <summary>A meal request in one short Dutch sentence: "morgen, dinsdag 24 november, voor 2 personen, vegetarisch, u haalt het op".</summary>
public static class MealSummary
{
    public static string Describe(MealRequestDraft draft, DateOnly today)
    {
        var parts = new List<string>();
        if (draft.Date is { } date)
        {
            var when = DutchTime.Day(date, today);
            if (draft.Time is { } time)
            {
                when += $" om {DutchTime.Clock(time)}";
            }
            else if (draft.PartOfDay is { } part)
            {
                when += part switch
                {
                    PartOfDay.Morning => " ('s ochtends)",
                    PartOfDay.Afternoon => " ('s middags)",
                    _ => " ('s avonds)",
                };
            }

            parts.Add(when);
        }

        if (draft.Portions is { } portions)
        {
            parts.Add(portions == 1 ? "voor 1 persoon" : $"voor {portions} personen");
        }

        if (draft.Diets is { } diets)
        {
            parts.Add(diets.Count == 0 ? "geen dieetwensen" : string.Join(" en ", diets.Select(DietName)));
        }

        if (draft.Delivery is { } delivery)
        {
            parts.Add(delivery ? "het wordt bij u gebracht" : "u haalt het zelf op");
        }

        return string.Join(", ", parts);
    }

    public static string DietName(Diet diet) => diet switch
    {
        Diet.Vegetarian => "vegetarisch",
        Diet.Vegan => "veganistisch",
        Diet.Halal => "halal",
        Diet.Kosher => "koosjer",
        Diet.NoPork => "zonder varkensvlees",
        Diet.GlutenFree => "glutenvrij",
        Diet.LactoseFree => "lactosevrij",
        Diet.NutFree => "zonder noten",
        Diet.LowSalt => "zoutarm",
        Diet.Diabetic => "voor diabetes",
        Diet.Soft => "zacht (makkelijk te eten)",
        _ => diet.ToString(),
    };
}
