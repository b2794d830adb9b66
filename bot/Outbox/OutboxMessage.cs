using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Outbox;

/// <summary>
/// A message the bot sent, stored in the same transaction as the turn that said it, then delivered by the
/// dispatcher. The durable record of every message: what the simulator shows and what channels deliver.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public long Id { get; private set; }

    public string To { get; private set; } = "";

    public Channel Channel { get; private set; }

    public string Text { get; private set; } = "";

    public OutboxStatus Status { get; private set; }

    /// <summary>When the bot said it (the turn's time).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Not to be tried before this moment (after a retryable failure).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The dispatcher run that claimed it, and until when the claim holds.</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The channel's id of the sent message (Twilio's MessageSid or CallSid).</summary>
    public string? ProviderId { get; private set; }

    public int? ErrorCode { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>For a follow-up (a call tried again, WhatsApp sent again by SMS): the message it replaces.</summary>
    public long? ReplacesId { get; private set; }

    /// <summary>The recipient asked for their data to be removed: once this message has left, recipient and text are blanked.</summary>
    public bool ForgetWhenSent { get; private set; }

    public static OutboxMessage From(Activity activity) => new()
    {
        To = activity.Recipient,
        Channel = activity.Channel,
        Text = activity.Text,
        Status = OutboxStatus.Pending,
        CreatedAt = activity.Timestamp,
        NextAttemptAt = activity.Timestamp,
    };

    /// <summary>A reply spoken in the phone call it answers: recorded, and not to be delivered again.</summary>
    public static OutboxMessage SpokenInCall(Activity activity) => new()
    {
        To = activity.Recipient,
        Channel = activity.Channel,
        Text = activity.Text,
        Status = OutboxStatus.Sent,
        CreatedAt = activity.Timestamp,
        NextAttemptAt = activity.Timestamp,
        StatusChangedAt = activity.Timestamp,
        ProviderId = activity.InReplyTo,
        Attempts = 1,
    };

    /// <summary>The same message again, on <paramref name="channel"/>, not before <paramref name="notBefore"/>; attempts carry over.</summary>
    public static OutboxMessage FollowUp(OutboxMessage original, Channel channel, DateTimeOffset at, DateTimeOffset notBefore) => new()
    {
        To = original.To,
        Channel = channel,
        Text = original.Text,
        Status = OutboxStatus.Pending,
        CreatedAt = at,
        NextAttemptAt = notBefore,
        Attempts = original.Attempts,
        ReplacesId = original.Id,
    };

    public void MarkSent(string? providerId, DateTimeOffset at, Channel? sentOn = null)
    {
        Attempts++;
        ProviderId = providerId;
        Channel = sentOn ?? Channel;
        Release();
        Advance(OutboxStatus.Queued, at);
        ForgetIfAsked();
    }

    /// <summary>
    /// The recipient's data is removed: a message not sent yet never will be, and who it was for and what it said
    /// are blanked. A message already handed to the channel only loses its recipient and text.
    /// </summary>
    public void Forget(DateTimeOffset at)
    {
        if (Status == OutboxStatus.Pending)
        {
            Release();
            Advance(OutboxStatus.Suppressed, at);
        }

        To = "";
        Text = "";
    }

    /// <summary>The last message to someone whose data is being removed (the confirmation): it still leaves, then is blanked.</summary>
    public void ForgetOnceSent()
    {
        ForgetWhenSent = true;
        if (Status != OutboxStatus.Pending)
        {
            ForgetIfAsked();
        }
    }

    /// <summary>The retention period passed: what the message said is no longer kept.</summary>
    public void PurgeText() => Text = "";

    private void ForgetIfAsked()
    {
        if (ForgetWhenSent)
        {
            To = "";
            Text = "";
        }
    }

    public void ScheduleRetry(int? errorCode, DateTimeOffset nextAttemptAt, int maxAttempts, DateTimeOffset at)
    {
        Attempts++;
        ErrorCode = errorCode;
        Release();
        if (Attempts >= maxAttempts)
        {
            Advance(OutboxStatus.Failed, at);
            ForgetIfAsked();
            return;
        }

        Status = OutboxStatus.Pending;
        NextAttemptAt = nextAttemptAt;
    }

    public void MarkFailed(int? errorCode, DateTimeOffset at, bool optedOut = false)
    {
        Attempts++;
        ErrorCode = errorCode;
        Release();
        Advance(optedOut ? OutboxStatus.Suppressed : OutboxStatus.Failed, at);
        ForgetIfAsked();
    }

    /// <summary>A status the channel reported later; ignored when it would move the message backwards.</summary>
    public bool Advance(OutboxStatus status, DateTimeOffset at, int? errorCode = null)
    {
        if (status <= Status && !(Status == OutboxStatus.Sending && status == OutboxStatus.Pending))
        {
            return false;
        }

        Status = status;
        StatusChangedAt = at;
        ErrorCode = errorCode ?? ErrorCode;
        return true;
    }

    private void Release()
    {
        ClaimToken = null;
        ClaimedUntil = null;
    }
}
