namespace BuurtBot.Dialogs.Engine.Activities;

/// <summary>The way a person reaches the bot. The same person may use several.</summary>
public enum Channel
{
    Sms,
    WhatsApp,
    Voice,
    Simulator,
}
