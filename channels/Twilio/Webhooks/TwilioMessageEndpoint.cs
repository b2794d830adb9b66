using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio.Webhooks;

/// <summary>
/// POST /api/twilio/messages: an SMS or WhatsApp message. The turn runs at once; its replies leave through the
/// outbox and Twilio's REST API (on the sender's channel), so the webhook answers an empty TwiML response.
/// </summary>
internal static class TwilioMessageEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request, ITurnProcessor turns, IOptions<TwilioOptions> options, TimeProvider time, CancellationToken requestAborted)
    {
        var (form, rejection) = await TwilioWebhook.ReadVerifiedAsync(request, options.Value, requestAborted);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!TwilioMessageMapper.TryMap(form!, time.GetUtcNow(), out var message, out var error))
        {
            return Results.BadRequest(error);
        }

        // Twilio may hang up on us; the turn still completes (within its own limit), so nothing is half done.
        using var limit = new CancellationTokenSource(TwilioWebhookLimits.Turn);
        await turns.ProcessAsync(message.Activity, limit.Token);
        return TwilioWebhook.EmptyTwiml();
    }
}
