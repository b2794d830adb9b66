using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Matching;

/// <summary>Whether what a cook makes suits what a requester may eat: a vegetarian request never gets a meat dish.</summary>
public static class DietFit
{
    public static bool Satisfies(IReadOnlyList<Diet> requested, IReadOnlyList<Diet> offered) =>
        requested.All(need => offered.Contains(need) || need switch
        {
            Diet.Vegetarian => offered.Contains(Diet.Vegan),
            Diet.NoPork => offered.Any(d => d is Diet.Vegetarian or Diet.Vegan or Diet.Halal or Diet.Kosher),
            Diet.LactoseFree => offered.Contains(Diet.Vegan),
            _ => false,
        });
}
