namespace BuurtBot.Dialogs.Understanding;

/// <summary>The kind of help asked or offered.</summary>
public enum HelpCategory
{
    Groceries,
    Transport,
    OddJobs,
    Garden,
    Company,
    Digital,
    Paperwork,
    Pets,
    Household,
}
