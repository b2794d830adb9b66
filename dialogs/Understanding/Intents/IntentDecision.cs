namespace BuurtBot.Dialogs.Understanding;

/// <summary>The intent chosen for a message, how sure the parser is, and the runner-up when unsure.</summary>
internal readonly record struct IntentDecision(Intent Intent, double Confidence, Intent? Alternative, Domain Domain);
