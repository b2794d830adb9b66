namespace BuurtBot.Channels.Simulator;

/// <summary>Why a simulator request was refused.</summary>
public sealed record SimulatorError(string Error);
