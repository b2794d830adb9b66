namespace BuurtBot.Channels.Twilio;

/// <summary>A location shared on WhatsApp (Latitude, Longitude, and Address/Label for a named place).</summary>
public sealed record TwilioLocation(double Latitude, double Longitude, string? Address, string? Label);
