namespace BuurtBot.Dialogs.Understanding;

/// <summary>The contract's spelling of each enum value.</summary>
internal static class WireNames
{
    private static readonly string[] Intents =
    [
        "none", "meal.request", "meal.offer", "loan.request", "loan.offer", "help.request", "help.offer",
        "confirm", "decline", "cancel", "status", "menu", "greeting", "thanks", "stop",
    ];

    private static readonly string[] Diets =
        ["vegetarian", "vegan", "halal", "kosher", "no_pork", "gluten_free", "lactose_free", "nut_free", "low_salt", "diabetic", "soft"];

    private static readonly string[] Categories =
        ["groceries", "transport", "odd_jobs", "garden", "company", "digital", "paperwork", "pets", "household"];

    private static readonly string[] People = ["mother", "father", "parent", "grandparent", "partner", "neighbour", "friend", "other"];

    private static readonly string[] Parts = ["morning", "afternoon", "evening"];

    public static string Of(Intent value) => Intents[(int)value];

    public static string Of(Diet value) => Diets[(int)value];

    public static string Of(HelpCategory value) => Categories[(int)value];

    public static string Of(OnBehalfOf value) => People[(int)value];

    public static string Of(PartOfDay value) => Parts[(int)value];

    public static Intent? ParseIntent(string? wire) => Index(Intents, wire) is var i and >= 0 ? (Intent)i : null;

    public static Diet? ParseDiet(string? wire) => Index(Diets, wire) is var i and >= 0 ? (Diet)i : null;

    public static HelpCategory? ParseCategory(string? wire) => Index(Categories, wire) is var i and >= 0 ? (HelpCategory)i : null;

    public static OnBehalfOf? ParseOnBehalfOf(string? wire) => Index(People, wire) is var i and >= 0 ? (OnBehalfOf)i : null;

    public static PartOfDay? ParsePartOfDay(string? wire) => Index(Parts, wire) is var i and >= 0 ? (PartOfDay)i : null;

    private static int Index(string[] names, string? wire) => wire is null ? -1 : Array.IndexOf(names, wire);
}
