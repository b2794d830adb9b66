using BuurtBot.Channels.Twilio;
using BuurtBot.Channels.Twilio.Webhooks;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Outbox;

/// <summary>
/// What Twilio reports later about sent messages and calls. Statuses only move forward. A WhatsApp message that
/// fell outside the 24-hour window (63016) or reached no WhatsApp user (63003) goes again by SMS to a mobile
/// number; a call nobody answered is tried again, and after the last try the message goes by SMS.
/// </summary>
internal sealed partial class DeliveryStatusRecorder(BuurtBotDbContext db, TimeProvider time, ILogger<DeliveryStatusRecorder> logger)
    : IDeliveryStatusRecorder
{
    private const int MaxCallAttempts = 3;
    private static readonly TimeSpan CallRetryDelay = TimeSpan.FromMinutes(10);

    public async Task RecordAsync(TwilioMessageStatus status, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.ProviderId == status.MessageSid, cancellationToken);
        if (message is null || Map(status.Status) is not { } mapped)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (message.Advance(mapped, now, status.ErrorCode) && message.Channel == Channel.WhatsApp
            && status.ErrorCode is 63016 or 63003 && PhoneNumber.IsDutchMobile(message.To))
        {
            db.OutboxMessages.Add(OutboxMessage.FollowUp(message, Channel.Sms, now, now));
            LogFallback(logger, message.Id, status.ErrorCode.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordAsync(TwilioCallStatus status, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.ProviderId == status.CallSid, cancellationToken);
        if (message is null || !status.IsTerminal)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (!status.NotReached)
        {
            message.Advance(OutboxStatus.Delivered, now);
        }
        else if (message.Advance(OutboxStatus.Undelivered, now, status.ErrorCode))
        {
            if (message.Attempts < MaxCallAttempts)
            {
                db.OutboxMessages.Add(OutboxMessage.FollowUp(message, Channel.Voice, now, now + CallRetryDelay));
            }
            else if (PhoneNumber.IsDutchMobile(message.To))
            {
                db.OutboxMessages.Add(OutboxMessage.FollowUp(message, Channel.Sms, now, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static OutboxStatus? Map(TwilioMessageStatusKind status) => status switch
    {
        TwilioMessageStatusKind.Accepted or TwilioMessageStatusKind.Scheduled or TwilioMessageStatusKind.Queued => OutboxStatus.Queued,
        TwilioMessageStatusKind.Sending or TwilioMessageStatusKind.Sent => OutboxStatus.Sent,
        TwilioMessageStatusKind.Delivered or TwilioMessageStatusKind.Read or TwilioMessageStatusKind.PartiallyDelivered => OutboxStatus.Delivered,
        TwilioMessageStatusKind.Undelivered => OutboxStatus.Undelivered,
        TwilioMessageStatusKind.Failed or TwilioMessageStatusKind.Canceled => OutboxStatus.Failed,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} was not delivered on WhatsApp (code {ErrorCode}); sending it by SMS")]
    private static partial void LogFallback(ILogger logger, long messageId, int errorCode);
}
