using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>How to name what someone wants, in the either-or question.</summary>
public static class IntentPhrases
{
    public static string? For(Intent intent) => intent switch
    {
        Intent.MealRequest => "een maaltijd krijgen",
        Intent.MealOffer => "zelf een maaltijd aanbieden",
        Intent.LoanRequest => "iets lenen",
        Intent.LoanOffer => "iets uitlenen",
        Intent.HelpRequest => "hulp krijgen",
        Intent.HelpOffer => "zelf hulp aanbieden",
        _ => null,
    };

    /// <summary>The same thing the other way round: asking for a meal and offering one.</summary>
    public static Intent? Counterpart(Intent intent) => intent switch
    {
        Intent.MealRequest => Intent.MealOffer,
        Intent.MealOffer => Intent.MealRequest,
        Intent.LoanRequest => Intent.LoanOffer,
        Intent.LoanOffer => Intent.LoanRequest,
        Intent.HelpRequest => Intent.HelpOffer,
        Intent.HelpOffer => Intent.HelpRequest,
        _ => null,
    };

    /// <summary>Whether the intent starts a request or offer (and so needs a registered member).</summary>
    public static bool IsRequestOrOffer(Intent intent) => For(intent) is not null;
}
