using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio.Webhooks;

/// <summary>POST /api/twilio/status: a later status of a message (MessageSid) or a call (CallSid) the bot sent.</summary>
internal static class TwilioStatusEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request, IDeliveryStatusRecorder recorder, IOptions<TwilioOptions> options, CancellationToken requestAborted)
    {
        var (form, rejection) = await TwilioWebhook.ReadVerifiedAsync(request, options.Value, requestAborted);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!string.IsNullOrEmpty(form!["MessageSid"]))
        {
            if (!TwilioStatusMapper.TryMapMessageStatus(form, out var message, out var error))
            {
                return Results.BadRequest(error);
            }

            await recorder.RecordAsync(message, CancellationToken.None);
        }
        else
        {
            if (!TwilioStatusMapper.TryMapCallStatus(form, out var call, out var error))
            {
                return Results.BadRequest(error);
            }

            await recorder.RecordAsync(call, CancellationToken.None);
        }

        return Results.NoContent();
    }
}
