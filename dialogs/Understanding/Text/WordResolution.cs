namespace BuurtBot.Dialogs.Understanding;

/// <summary>The vocabulary word a typed word stands for; <see cref="HeadStart"/> is where a compound's known head begins.</summary>
internal readonly record struct WordResolution(string? Word, WordMatch Match, int HeadStart);
