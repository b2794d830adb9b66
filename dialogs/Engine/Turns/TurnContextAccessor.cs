namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// The turn running in the current scope, for services that must treat the turn's own person differently (a
/// message to them is a reply in the turn, not a separate notification). Set by the adapter.
/// </summary>
public sealed class TurnContextAccessor
{
    public ITurnContext? Current { get; set; }

    /// <summary>Whether <paramref name="phone"/> is the person whose turn this is.</summary>
    public bool IsCurrent(string phone) => Current?.Activity.ConversationId == phone;
}
