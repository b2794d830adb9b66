namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The conversational intents a message carries besides a request or offer; the *At fields are
/// token indexes (-1 when absent).
/// </summary>
internal readonly record struct ReplyCues(
    bool Stop,
    int CancelAt,
    int StatusAt,
    int Menu,
    int ThanksAt,
    int GreetingAt,
    bool? Confirm,
    int ConfirmAt);
