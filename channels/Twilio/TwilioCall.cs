namespace BuurtBot.Channels.Twilio;

/// <summary>One outbound call (POST Calls.json) that runs inline TwiML when answered.</summary>
/// <param name="To">E.164.</param>
/// <param name="From">Our caller id, E.164.</param>
/// <param name="Twiml">The document to run, at most <see cref="MaxTwimlLength"/> characters (else 32018).</param>
/// <param name="StatusCallback">Null: the configured call status callback.</param>
/// <param name="StatusCallbackEvents">Some of initiated, ringing, answered, completed; empty = Twilio's default (completed).</param>
/// <param name="TimeoutSeconds">Ring time, 5-600; null = Twilio's default of 60.</param>
public sealed record TwilioCall(
    string To,
    string From,
    string Twiml,
    Uri? StatusCallback = null,
    IReadOnlyList<string>? StatusCallbackEvents = null,
    int? TimeoutSeconds = null)
{
    public const int MaxTwimlLength = 4000;
}
