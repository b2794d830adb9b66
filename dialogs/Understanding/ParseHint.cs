namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// What the running conversation is about, for messages that do not say it themselves
/// (a bare "om zes uur" while asking a meal's time is 18:00).
/// </summary>
public enum ParseHint
{
    None,
    Meal,
    Loan,
    Help,
}
