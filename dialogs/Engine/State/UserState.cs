using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>State of one person that outlives conversations.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string GetStorageKey(ITurnContext turnContext) => $"user/{turnContext.Activity.ConversationId}";
}
