namespace BuurtBot.Dialogs.Understanding;

/// <summary>One training message and the intent a person gave it; <paramref name="Source"/> is the file it came from.</summary>
internal sealed record LabelledMessage(string Text, Intent Intent, string Source);
