using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Help;

/// <summary>The kinds of help as a numbered choice, and how to read one or several of them from an answer.</summary>
internal static class HelpCategoryWords
{
    public static readonly IReadOnlyList<(HelpCategory Category, string Name, string[] Words)> All =
    [
        (HelpCategory.Groceries, "boodschappen", ["boodschappen", "boodschap", "winkel", "apotheek", "supermarkt"]),
        (HelpCategory.Transport, "vervoer", ["vervoer", "rijden", "brengen", "lift", "ziekenhuis", "dokter", "auto"]),
        (HelpCategory.OddJobs, "een klusje", ["klus", "klusje", "klussen", "repareren", "ophangen"]),
        (HelpCategory.Garden, "de tuin", ["tuin", "gras", "heg", "onkruid"]),
        (HelpCategory.Company, "gezelschap", ["gezelschap", "koffie", "praatje", "wandelen", "bezoek", "aanspraak"]),
        (HelpCategory.Digital, "computer of telefoon", ["computer", "telefoon", "tablet", "digid", "internet", "printer"]),
        (HelpCategory.Paperwork, "papieren", ["papieren", "post", "formulier", "brieven", "administratie"]),
        (HelpCategory.Pets, "een huisdier", ["huisdier", "hond", "kat", "uitlaten"]),
        (HelpCategory.Household, "het huishouden", ["huishouden", "schoonmaken", "was", "strijken", "stofzuigen"]),
    ];

    public static IReadOnlyList<Choice> Choices { get; } = All.Select((c, i) => new Choice(c.Category.ToString(), c.Words)).ToArray();

    /// <summary>"1 boodschappen, 2 vervoer, ..." for the question.</summary>
    public static string Menu => string.Join(", ", All.Select((c, i) => $"{i + 1} {c.Name}"));

    public static string Name(HelpCategory category) => All.First(c => c.Category == category).Name;

    /// <summary>Every kind of help an answer names: by number ("1 en 3") or by word ("boodschappen en de tuin").</summary>
    public static IReadOnlyList<HelpCategory> ReadSeveral(string text)
    {
        var words = Language.DutchVocabulary.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<HelpCategory>();
        foreach (var word in words)
        {
            if (int.TryParse(word, out var number) && number >= 1 && number <= All.Count)
            {
                found.Add(All[number - 1].Category);
            }
            else if (All.FirstOrDefault(c => c.Words.Contains(word)) is { Words: not null } match)
            {
                found.Add(match.Category);
            }
        }

        return found.Distinct().ToArray();
    }
}
