namespace BuurtBot.Channels.Twilio;

/// <summary>A call ringing in (the Voice URL webhook).</summary>
/// <param name="From">The caller, E.164; null when the caller id is withheld (then ask them to call with it shown).</param>
/// <param name="To">Our number that was called.</param>
public sealed record TwilioIncomingCall(string CallSid, string? From, string To, string CallStatus);
