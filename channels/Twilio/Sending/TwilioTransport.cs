using System.Text.Json;
using BuurtBot.Channels.Outbound;
using BuurtBot.Channels.Twilio.Voice;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio.Sending;

/// <summary>
/// Delivers outbox messages through Twilio's REST API on the channel the person uses: SMS (kept in GSM-7 where
/// Dutch allows), WhatsApp (free text inside the 24-hour window, else the configured template, else SMS to a
/// mobile number), or an outbound call that speaks the message (and asks 1 for yes, 2 for no when it is a question).
/// </summary>
public sealed class TwilioTransport(IServiceProvider services, IOptions<TwilioOptions> options, TimeProvider time) : IOutboundTransport
{
    // A fresh typed client per send: the dispatcher lives as long as the app, HTTP handlers should not.
    private TwilioRestClient Client => services.GetRequiredService<TwilioRestClient>();

    /// <summary>The key of the WhatsApp template (in Twilio:WhatsAppTemplates) used outside the 24-hour window.</summary>
    public const string NotificationTemplate = "notification";

    public async Task<DeliveryAttempt> SendAsync(OutboundMessage message, CancellationToken cancellationToken) => message.Channel switch
    {
        Channel.WhatsApp => await WhatsAppAsync(message, cancellationToken),
        Channel.Voice => await CallAsync(message, cancellationToken),
        _ => await SmsAsync(message, cancellationToken),
    };

    /// <summary>
    /// Twilio's list of messages to this person (SMS and WhatsApp), filtered to the same text made after the message;
    /// calls and templates cannot be matched by text, so for them the answer is null.
    /// </summary>
    public async Task<IReadOnlyList<string>?> FindSentAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.Channel is not (Channel.Sms or Channel.WhatsApp))
        {
            return null;
        }

        // Twilio's dates have whole seconds; a minute of slack covers that and a little clock skew.
        var since = message.CreatedAt - TimeSpan.FromMinutes(1);
        var texts = new HashSet<string>(StringComparer.Ordinal) { message.Text, SmsTextPreparer.Prepare(message.Text) };
        var found = new List<TwilioSentMessage>();
        foreach (var to in new[] { message.To, TwilioAddress.WhatsAppPrefix + message.To })
        {
            if (await Client.ListMessagesAsync(to, since, cancellationToken) is not { } page)
            {
                return null;
            }

            found.AddRange(page.Where(m => m.Body is not null && texts.Contains(m.Body) && (m.DateCreated is null || m.DateCreated >= since)));
        }

        return [.. found.OrderBy(m => m.DateCreated ?? DateTimeOffset.MaxValue).Select(m => m.Sid)];
    }

    private async Task<DeliveryAttempt> SmsAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var sms = new TwilioMessage(
            message.To, o.SmsFrom!, SmsTextPreparer.Prepare(message.Text), StatusCallback: o.PublicUrl(o.MessageStatusCallbackPath),
            ValidityPeriodSeconds: o.ValidityPeriodSeconds);
        return Outcome(await Client.SendMessageAsync(sms, cancellationToken), Channel.Sms);
    }

    private async Task<DeliveryAttempt> WhatsAppAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var route = WhatsAppWindow.Choose(
            message.To, message.LastWhatsAppAt, time.GetUtcNow(), o.WhatsAppTemplates.GetValueOrDefault(NotificationTemplate));
        var to = TwilioAddress.WhatsAppPrefix + message.To;
        var callback = o.PublicUrl(o.MessageStatusCallbackPath);
        return route.Kind switch
        {
            WhatsAppRouteKind.FreeText => Outcome(
                await Client.SendMessageAsync(new TwilioMessage(to, o.WhatsAppFrom!, message.Text, StatusCallback: callback), cancellationToken),
                Channel.WhatsApp),
            WhatsAppRouteKind.Template => Outcome(
                await Client.SendMessageAsync(
                    new TwilioMessage(to, o.WhatsAppFrom!, ContentSid: route.ContentSid, ContentVariables: JsonSerializer.Serialize(new Dictionary<string, string> { ["1"] = message.Text }), StatusCallback: callback),
                    cancellationToken),
                Channel.WhatsApp),
            WhatsAppRouteKind.SmsFallback => await SmsAsync(message, cancellationToken),
            _ => DeliveryAttempt.Failed("The WhatsApp window is closed, no template is configured and the number takes no SMS."),
        };
    }

    private async Task<DeliveryAttempt> CallAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var twiml = VoiceTwiml.OutboundMessage(message, o);
        // Twilio reports "completed" (with busy, no-answer, failed) by default, the only event the bot needs.
        var call = new TwilioCall(message.To, o.VoiceFrom!, twiml, StatusCallback: o.PublicUrl(o.CallStatusCallbackPath), TimeoutSeconds: 30);
        var result = await Client.CreateCallAsync(call, cancellationToken);

        // A number that cannot be called (a wrong or unreachable number) gets the message by SMS when it is a mobile.
        return result is TwilioSendResult.Permanent { IsUnreachableNumber: true } && PhoneNumber.IsDutchMobile(message.To)
            ? await SmsAsync(message, cancellationToken)
            : Outcome(result, Channel.Voice);
    }

    private static DeliveryAttempt Outcome(TwilioSendResult result, Channel channel) => result switch
    {
        TwilioSendResult.Accepted accepted => DeliveryAttempt.Sent(accepted.Sid, channel),
        TwilioSendResult.Retryable retryable => DeliveryAttempt.RetryLater(retryable.Detail, retryable.ErrorCode ?? retryable.HttpStatus),
        TwilioSendResult.Permanent { IsOptedOut: true } optedOut => DeliveryAttempt.OptedOut(optedOut.ErrorCode),
        // Our credentials were refused (a token being rotated): the message waits and is tried again, not dropped.
        TwilioSendResult.Permanent { IsAuthenticationFailure: true } auth => DeliveryAttempt.RetryLater(auth.Message, auth.ErrorCode ?? auth.HttpStatus),
        TwilioSendResult.Permanent permanent => DeliveryAttempt.Failed(permanent.Message, permanent.ErrorCode ?? permanent.HttpStatus),
        _ => DeliveryAttempt.Failed("Unknown result."),
    };
}
