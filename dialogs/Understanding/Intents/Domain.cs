namespace BuurtBot.Dialogs.Understanding;

/// <summary>What a request or offer is about.</summary>
internal enum Domain
{
    None,
    Meal,
    Loan,
    Help,
}
