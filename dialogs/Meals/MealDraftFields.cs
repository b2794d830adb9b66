using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Meals;

/// <summary>How what a message says about a meal goes into the draft.</summary>
public static class MealDraftFields
{
    /// <summary>A draft from a first message: everything it says that fits a meal request.</summary>
    public static MealRequestDraft FromMessage(ParsedMessage parsed) => Absorb(new MealRequestDraft(), parsed);

    /// <summary>Fills what the draft does not know yet with what the message says; known answers stay.</summary>
    public static MealRequestDraft Absorb(MealRequestDraft draft, ParsedMessage parsed) => draft with
    {
        Date = draft.Date ?? parsed.Date,
        Time = draft.Time ?? parsed.Time,
        PartOfDay = draft.PartOfDay ?? (parsed.Time is null ? parsed.PartOfDay : null),
        Portions = draft.Portions ?? ValidPortions(parsed.Portions),
        Diets = draft.Diets ?? (parsed.DietMentioned ? parsed.Diets : null),
        Delivery = draft.Delivery ?? parsed.Delivery,
    };

    /// <summary>A correction ("nee, donderdag"): what the message states replaces the draft's value; the rest stays.</summary>
    public static MealRequestDraft Correct(MealRequestDraft draft, ParsedMessage parsed) => draft with
    {
        Date = parsed.Date ?? draft.Date,
        Time = parsed.Time ?? (parsed.Date is not null || parsed.PartOfDay is not null ? null : draft.Time),
        PartOfDay = parsed.Time is not null ? null : parsed.PartOfDay ?? (parsed.Date is not null ? null : draft.PartOfDay),
        Portions = ValidPortions(parsed.Portions) ?? draft.Portions,
        Diets = parsed.DietMentioned ? parsed.Diets : draft.Diets,
        Delivery = parsed.Delivery ?? draft.Delivery,
    };

    /// <summary>Whether the message states anything a meal request holds.</summary>
    public static bool StatesAnything(ParsedMessage parsed) =>
        parsed.Date is not null || parsed.Time is not null || parsed.PartOfDay is not null || ValidPortions(parsed.Portions) is not null
        || parsed.DietMentioned || parsed.Delivery is not null;

    public const int MaxPortions = 12;

    private static int? ValidPortions(int? portions) => portions is >= 1 and <= MaxPortions ? portions : null;
}
