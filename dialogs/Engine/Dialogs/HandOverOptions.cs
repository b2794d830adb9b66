namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>Why a conversation was handed over, what it was about, and the message it got stuck on.</summary>
public sealed record HandOverOptions(string Reason, string? Description, string? LastMessage);
