namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// A clause of condition ("als iemand hem nodig heeft", "mocht u hulp nodig hebben", "als dat nodig is"):
/// whether one is open, whether its verb came, and whether its subject was the neighbours, so that the
/// main clause's "hij" or "je" is that someone ("... mag hij hem lenen").
/// </summary>
internal readonly record struct Condition(bool IsOpen, bool VerbSeen, bool OthersSpoken)
{
    public static readonly Condition None = default;

    /// <summary>The state after the clause boundary at <paramref name="i"/>.</summary>
    public static Condition At(TokenizedText t, int i, Condition current)
    {
        if (t.IsAny(i, "als", "mocht", "indien") && Opens(t, i))
        {
            return new Condition(true, false, current.OthersSpoken || t.IsAny(i + 1, "iemand", "je", "jij", "u", "jullie", "mensen", "iedereen", "wie"));
        }

        if (t.IsAny(i, "dat", "die") && current.IsOpen && !current.VerbSeen)
        {
            // "als dat nodig is": the subject of the condition, not a new clause.
            return current;
        }

        return current with { IsOpen = false };
    }

    public Condition WithSubject(Perspective who) => IsOpen && who == Perspective.Others ? this with { OthersSpoken = true } : this;

    public Condition WithVerb(TokenizedText t, int i) => VerbWords.IsFinite(t, i) && !IsPossessive(t, i) ? this with { VerbSeen = true } : this;

    /// <summary>"als iemand zijn hond ...": "zijn" before a noun is his, not "to be".</summary>
    private static bool IsPossessive(TokenizedText t, int i) =>
        t.Is(i, "zijn") && Vocabulary.IsNoun(t.W(i + 1));

    public Condition Close() => this with { IsOpen = false, VerbSeen = false };

    /// <summary>After "als iemand ...", "hij", "ze" and "die" in the main clause are that someone.</summary>
    public Perspective Resolve(TokenizedText t, int i, Perspective who) =>
        !IsOpen && OthersSpoken && who == Perspective.Third && t.IsAny(i, "hij", "ze", "zij") ? Perspective.Others : who;

    /// <summary>"als iemand", "als je", "als er", "als dat": a condition; not "als vrijwilliger", "zo snel als".</summary>
    private static bool Opens(TokenizedText t, int i) =>
        t.IsAny(i + 1, "iemand", "je", "jij", "u", "jullie", "er", "dat", "het", "mensen", "buren", "wie", "ze", "hij", "zij", "ik", "we", "wij", "men", "iedereen")
        && !t.IsAny(i - 1, "zo", "net", "even", "zowel");
}
