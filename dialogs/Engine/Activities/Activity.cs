namespace BuurtBot.Dialogs.Engine.Activities;

/// <summary>
/// One message, in or out: who sent it to whom, on which channel, when. Inbound, <see cref="From"/> is the
/// person's phone number (E.164); outbound, <see cref="Recipient"/> is.
/// </summary>
public sealed record Activity
{
    public const string BotAddress = "buurtbot";

    /// <summary>The channel's own id of the message (Twilio's MessageSid), when it has one.</summary>
    public string? Id { get; init; }

    public required Channel Channel { get; init; }

    public required string From { get; init; }

    public required string Recipient { get; init; }

    public required string Text { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>For speech: the recogniser's confidence (0..1); null for typed text.</summary>
    public double? SpeechConfidence { get; init; }

    /// <summary>For a reply: the id of the message it answers (on a phone call it is spoken in that call).</summary>
    public string? InReplyTo { get; init; }

    /// <summary>Not a message: a request to ask the current question again (a phone line heard nothing).</summary>
    public bool IsReprompt { get; init; }

    /// <summary>The conversation is the person's: their phone number, whatever the channel.</summary>
    public string ConversationId => From == BotAddress ? Recipient : From;

    public static Activity Incoming(Channel channel, string from, string text, DateTimeOffset timestamp, string? id = null) =>
        new() { Id = id, Channel = channel, From = from, Recipient = BotAddress, Text = text, Timestamp = timestamp };

    public static Activity Outgoing(Channel channel, string to, string text, DateTimeOffset timestamp) =>
        new() { Channel = channel, From = BotAddress, Recipient = to, Text = text, Timestamp = timestamp };

    /// <summary>A reply to the sender of this activity, on the channel they used.</summary>
    public Activity CreateReply(string text, DateTimeOffset timestamp) =>
        Outgoing(Channel, From, text, timestamp) with { InReplyTo = Id };
}
