using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Channels.Outbound;

/// <summary>One stored outgoing message, handed to a transport: to whom, on which channel, what.</summary>
/// <param name="Attempt">1 for the first try.</param>
/// <param name="LastWhatsAppAt">The recipient's last WhatsApp message (free text is allowed for 24 hours after it).</param>
/// <param name="MaybeSent">An earlier claim of it expired mid-send: it may have gone out, so look before sending.</param>
public sealed record OutboundMessage(
    long Id, string To, Channel Channel, string Text, DateTimeOffset CreatedAt, int Attempt, DateTimeOffset? LastWhatsAppAt = null,
    bool MaybeSent = false);
