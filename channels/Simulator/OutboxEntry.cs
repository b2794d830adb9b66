namespace BuurtBot.Channels.Simulator;

/// <summary>One message the bot sent, as the simulator's outbox lists it.</summary>
public sealed record OutboxEntry(long Id, string To, string Channel, string Text, DateTimeOffset SentAt);
