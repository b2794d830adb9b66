namespace BuurtBot.Dialogs.Meals;

/// <summary>The answer to "Klopt dit?": yes, no, or a correction (which may come with a yes or a no).</summary>
public sealed record MealConfirmation(bool? Agreed, bool HasCorrection);
