using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>
/// Saves the changes of all bot states at the end of the turn, in one write, so they commit together with
/// everything else the turn did.
/// </summary>
public sealed class AutoSaveStateMiddleware(IStorage storage, ConversationState conversationState, UserState userState) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);

        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (BotState state in new BotState[] { conversationState, userState })
        {
            if (state.PendingChange(turnContext) is { } change)
            {
                changes[change.Key] = change.Value;
            }

            state.ForgetCache(turnContext);
        }

        if (changes.Count > 0)
        {
            await storage.WriteAsync(changes, cancellationToken);
        }
    }
}
