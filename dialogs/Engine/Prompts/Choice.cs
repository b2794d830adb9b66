namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>One option of a choice prompt: its value and the words (or number) a person may answer with.</summary>
public sealed record Choice(string Value, IReadOnlyList<string> Synonyms);
