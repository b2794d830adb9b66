namespace BuurtBot.Channels.Simulator;

/// <summary>POST /api/simulator/messages: a phone sends a message on a channel.</summary>
public sealed record SimulatorMessageRequest(string? From, string? Channel, string? Text);
