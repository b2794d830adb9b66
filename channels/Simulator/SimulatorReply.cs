namespace BuurtBot.Channels.Simulator;

/// <summary>One direct reply of the bot to the simulated phone.</summary>
public sealed record SimulatorReply(string To, string Channel, string Text);
