namespace BuurtBot.Channels.Twilio;

/// <summary>
/// One outbound SMS or WhatsApp message (POST Messages.json). Either <see cref="Body"/> (free text) or
/// <see cref="ContentSid"/> with <see cref="ContentVariables"/> (a WhatsApp template), never both.
/// </summary>
/// <param name="To">E.164, or "whatsapp:+31..." for WhatsApp.</param>
/// <param name="From">Our sender: E.164, or "whatsapp:+..." (see <see cref="TwilioOptions"/>).</param>
/// <param name="ContentVariables">A JSON object as a string, e.g. {"1":"Jan","2":"dinsdag"}.</param>
/// <param name="StatusCallback">Null: the configured message status callback.</param>
/// <param name="ValidityPeriodSeconds">Null: the configured value, else Twilio's default (10 h).</param>
public sealed record TwilioMessage(
    string To,
    string From,
    string? Body = null,
    string? ContentSid = null,
    string? ContentVariables = null,
    Uri? StatusCallback = null,
    int? ValidityPeriodSeconds = null)
{
    /// <summary>Twilio's limit for Body on every channel.</summary>
    public const int MaxBodyLength = 1600;
}
