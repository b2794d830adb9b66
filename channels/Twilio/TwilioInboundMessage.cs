using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// An inbound SMS or WhatsApp message: the <see cref="Activity"/> for the turn, plus what an Activity has
/// no room for.
/// </summary>
/// <param name="To">Our address it was sent to (reply from the same sender).</param>
/// <param name="MediaCount">NumMedia: photos, voice notes, ... (their URLs are not kept).</param>
/// <param name="ButtonPayload">The payload of a tapped WhatsApp quick-reply button.</param>
/// <param name="ProfileName">The WhatsApp display name: chosen by the user, untrusted.</param>
/// <param name="OptOutType">STOP, START or HELP when Twilio's Advanced Opt-Out recognised a keyword.</param>
public sealed record TwilioInboundMessage(
    Activity Activity,
    string To,
    int MediaCount,
    string? ButtonPayload,
    TwilioLocation? Location,
    string? ProfileName,
    string? OptOutType);
