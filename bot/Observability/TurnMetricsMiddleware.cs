using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Observability;

/// <summary>Counts each turn by channel and records how sure the parser was of the message (not its text).</summary>
internal sealed class TurnMetricsMiddleware(BuurtBotMetrics metrics) : Dialogs.Engine.Turns.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        metrics.Turn(activity.Channel);
        if (!activity.IsReprompt && !string.IsNullOrWhiteSpace(activity.Text))
        {
            metrics.Understood(TurnUnderstanding.Of(turnContext).Confidence);
        }

        return next(cancellationToken);
    }
}
