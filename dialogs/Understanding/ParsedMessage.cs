namespace BuurtBot.Dialogs.Understanding;

/// <summary>What one Dutch message says, as the contract's object.</summary>
/// <param name="DietMentioned">True when the message talks about diet at all, also for "ik eet alles" (empty list).</param>
/// <param name="Confidence">The parser's confidence in <paramref name="Intent"/>, 0..1.</param>
/// <param name="Alternative">The runner-up intent when the parser is unsure, so a dialog can ask which one is meant.</param>
public sealed record ParsedMessage(
    Intent Intent,
    DateOnly? Date,
    TimeOnly? Time,
    PartOfDay? PartOfDay,
    int? Portions,
    IReadOnlyList<Diet> Diets,
    bool DietMentioned,
    bool? Delivery,
    string? Item,
    HelpCategory? Category,
    OnBehalfOf? OnBehalfOf,
    string? Postcode,
    double Confidence,
    Intent? Alternative);
