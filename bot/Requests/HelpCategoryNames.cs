using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Requests;

/// <summary>Help categories in plain Dutch.</summary>
public static class HelpCategoryNames
{
    /// <summary>"met boodschappen", "met vervoer", "in de tuin" (after "hulp").</summary>
    public static string With(HelpCategory category) => category switch
    {
        HelpCategory.Groceries => "met boodschappen",
        HelpCategory.Transport => "met vervoer",
        HelpCategory.OddJobs => "met een klusje",
        HelpCategory.Garden => "in de tuin",
        HelpCategory.Company => "met gezelschap",
        HelpCategory.Digital => "met de computer of telefoon",
        HelpCategory.Paperwork => "met papieren",
        HelpCategory.Pets => "met een huisdier",
        HelpCategory.Household => "in het huishouden",
        _ => "",
    };

    /// <summary>Help that happens inside someone's home or car: only vetted helpers are asked.</summary>
    public static bool NeedsVettedHelper(HelpCategory category) =>
        category is HelpCategory.Transport or HelpCategory.Company or HelpCategory.Household;
}
