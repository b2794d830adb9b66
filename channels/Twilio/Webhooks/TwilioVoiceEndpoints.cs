using BuurtBot.Channels.Twilio.Voice;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio.Webhooks;

/// <summary>
/// Phone calls. POST /api/twilio/voice: a call comes in; the bot picks up where the person was (or starts), and
/// the answer is gathered by speech or keys. POST /api/twilio/voice/gather: what was said or pressed goes through
/// the same conversation as a text message; silence or an unclear transcript is asked again, then with keys.
/// </summary>
internal static class TwilioVoiceEndpoints
{
    private const int MaxTries = 3;

    public static async Task<IResult> IncomingAsync(
        HttpRequest request, ITurnProcessor turns, IOptions<TwilioOptions> options, TimeProvider time, CancellationToken requestAborted)
    {
        var (form, rejection) = await TwilioWebhook.ReadVerifiedAsync(request, options.Value, requestAborted);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!TwilioVoiceMapper.TryMapIncomingCall(form!, out var call, out var error))
        {
            return Results.BadRequest(error);
        }

        if (call.From is null)
        {
            return TwilioWebhook.Twiml(VoiceTwiml.Goodbye(
                "Goedendag, u spreekt met BuurtBot. Uw nummer is afgeschermd. Wij kunnen u alleen helpen als uw nummer zichtbaar is. Tot ziens.",
                options.Value));
        }

        var greeting = Activity.Incoming(Channel.Voice, call.From, "", time.GetUtcNow(), $"{call.CallSid}:0") with { IsReprompt = true };
        var result = await RunAsync(turns, greeting);
        return TwilioWebhook.Twiml(VoiceTwiml.Turn(result, VoiceStep.First.Next(), options.Value, "Goedendag, u spreekt met BuurtBot."));
    }

    public static async Task<IResult> GatherAsync(
        HttpRequest request, ITurnProcessor turns, IOptions<TwilioOptions> options, TimeProvider time, CancellationToken requestAborted)
    {
        var (form, rejection) = await TwilioWebhook.ReadVerifiedAsync(request, options.Value, requestAborted);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!TwilioVoiceMapper.TryMapGather(form!, time.GetUtcNow(), out var gather, out var error))
        {
            return Results.BadRequest(error);
        }

        var step = VoiceStep.From(request.Query);
        var heard = gather.Input switch
        {
            TwilioGatherInput.Digits => step.ReadKeys(gather.Activity.Text),
            TwilioGatherInput.Speech when (gather.Activity.SpeechConfidence ?? 0) >= options.Value.MinSpeechConfidence || step.Tries >= MaxTries - 1
                => gather.Activity.Text,
            _ => null,
        };

        if (heard is null)
        {
            if (step.Tries >= MaxTries - 1)
            {
                // Still nothing usable: a person takes over.
                var handOver = await RunAsync(turns, gather.Activity with { Text = "medewerker", Id = $"{gather.CallSid}:{step.Step}:handover" });
                return TwilioWebhook.Twiml(VoiceTwiml.Goodbye(string.Join(" ", handOver.Replies.Select(r => r.Text)), options.Value));
            }

            var lead = gather.Input == TwilioGatherInput.Nothing ? "Ik heb u niet gehoord." : "Sorry, ik verstond u niet goed.";
            var again = await RunAsync(turns, gather.Activity with { Text = "", IsReprompt = true, Id = null });
            return TwilioWebhook.Twiml(VoiceTwiml.Turn(again, step.Again(), options.Value, lead));
        }

        var result = await RunAsync(turns, gather.Activity with { Text = heard, Id = $"{gather.CallSid}:{step.Step}" });
        return TwilioWebhook.Twiml(VoiceTwiml.Turn(result, step.Next(), options.Value));
    }

    private static async Task<TurnResult> RunAsync(ITurnProcessor turns, Activity activity)
    {
        using var limit = new CancellationTokenSource(TwilioWebhookLimits.Turn);
        return await turns.ProcessAsync(activity, limit.Token);
    }
}
