namespace BuurtBot.Dialogs.Understanding;

/// <summary>What a message asks the bot to do.</summary>
public enum Intent
{
    None,
    MealRequest,
    MealOffer,
    LoanRequest,
    LoanOffer,
    HelpRequest,
    HelpOffer,
    Confirm,
    Decline,
    Cancel,
    Status,
    Menu,
    Greeting,
    Thanks,
    Stop,
}
