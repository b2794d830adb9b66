using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>The meaning of this turn's message, parsed once per turn and topic.</summary>
public static class TurnUnderstanding
{
    public static ParsedMessage Of(ITurnContext turnContext, ParseHint hint = ParseHint.None)
    {
        var key = $"parsed:{hint}";
        if (turnContext.TurnState.Get<ParsedMessage>(key) is { } cached)
        {
            return cached;
        }

        var parsed = DutchParser.Parse(turnContext.Activity.Text, DutchTime.ToAmsterdam(turnContext.Now), hint);
        turnContext.TurnState.Set(key, parsed);
        return parsed;
    }
}
