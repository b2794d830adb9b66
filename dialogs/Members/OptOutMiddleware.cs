using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// STOP, in any state: the number is opted out of all messages (confirmed once) and whatever was going on
/// is dropped. After that nothing reaches the number until it sends START.
/// </summary>
public sealed class OptOutMiddleware(IMemberDirectory members, ConversationState conversationState) : IMiddleware
{
    private const double StopConfidence = 0.85;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var phone = turnContext.Activity.ConversationId;
        var text = turnContext.Activity.Text;
        if (WantsToStop(turnContext))
        {
            if (!await members.IsOptedOutAsync(phone, cancellationToken))
            {
                await turnContext.SendActivityAsync(
                    "U krijgt geen berichten meer van BuurtBot. Wilt u later toch weer berichten? Stuur dan START.", cancellationToken);
                await members.OptOutAsync(phone, turnContext.Now, cancellationToken);
            }

            await conversationState.DeleteAsync(turnContext, cancellationToken);
            return;
        }

        if (await members.IsOptedOutAsync(phone, cancellationToken))
        {
            if (DutchVocabulary.IsOptIn(text))
            {
                await members.OptInAsync(phone, cancellationToken);
                await turnContext.SendActivityAsync(
                    "Welkom terug bij BuurtBot. U krijgt weer berichten. Stuur een bericht als u iets nodig heeft.", cancellationToken);
            }

            return; // nothing else is answered for a number that opted out
        }

        await next(cancellationToken);
    }

    private static bool WantsToStop(ITurnContext turnContext)
    {
        if (DutchVocabulary.IsOptOut(turnContext.Activity.Text))
        {
            return true;
        }

        if (ErasureRecognizer.IsErasureRequest(turnContext.Activity.Text))
        {
            return false; // "verwijder mijn gegevens" is asked about first (ErasureDialog), not an opt-out
        }

        var parsed = TurnUnderstanding.Of(turnContext);
        return parsed.Intent == Intent.Stop && parsed.Confidence >= StopConfidence;
    }
}
