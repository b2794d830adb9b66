namespace BuurtBot.Channels.Twilio;

/// <summary>A message Twilio accepted from us, as its message list shows it.</summary>
public sealed record TwilioSentMessage(string Sid, string To, string? From, string? Body, DateTimeOffset? DateCreated);
