using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>State of one conversation (the dialog stack and where the person is); reset after long silence.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string GetStorageKey(ITurnContext turnContext) => $"conversation/{turnContext.Activity.ConversationId}";
}
