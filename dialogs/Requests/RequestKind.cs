namespace BuurtBot.Dialogs.Requests;

public enum RequestKind
{
    Meal,
    Loan,
    Help,
}
