using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>
/// Loads the conversation's and the person's state in one read at the start of the turn, and saves the changes of
/// all bot states at the end of the turn, in one write, so they commit together with everything else the turn did.
/// </summary>
public sealed class AutoSaveStateMiddleware(IStorage storage, ConversationState conversationState, UserState userState) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        // Nearly every turn reads both states: one read for the two instead of one each.
        BotState[] states = [conversationState, userState];
        var items = await storage.ReadAsync([.. states.Select(s => s.GetStorageKey(turnContext))], cancellationToken);
        foreach (var state in states)
        {
            state.Loaded(turnContext, items);
        }

        await next(cancellationToken);

        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var state in states)
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
