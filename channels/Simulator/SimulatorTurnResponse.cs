namespace BuurtBot.Channels.Simulator;

/// <summary>The bot's direct replies to one simulated message.</summary>
public sealed record SimulatorTurnResponse(IReadOnlyList<SimulatorReply> Replies);
