using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Verbs by what they do: give (koken, helpen, brengen, rijden, uitlenen...) or get (lenen,
/// gebruiken, krijgen, eten...). Separable verbs are read in either order ("leen ... uit", "neem ... mee").
/// </summary>
internal static class VerbWords
{
    private static readonly FrozenSet<string> Give = LexiconText.Words("""
        koken bakken helpen help brengen langsbrengen rondbrengen bezorgen rijden uitlenen meenemen bieden aanbieden geven
        weggeven delen voorlezen oppassen langskomen meerijden vervoeren
        """).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Jobs: done by the sender they are the sender's own job, unless done for others or offered as an ability ("kan honden uitlaten").</summary>
    private static readonly FrozenSet<string> Jobs = LexiconText.Words("""
        repareren ophangen maaien snoeien schoonmaken poetsen strijken invullen installeren sjouwen tillen uitlaten voeren
        wandelen klussen verhuizen knippen opruimen verschonen stofzuigen tuinieren schilderen behangen timmeren wieden harken
        dweilen afwassen zemen lappen uitleggen instellen leren oppassen begeleiden knippen bezoeken
        """).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Get = LexiconText.Words("""
        lenen gebruiken krijgen meeeten lusten proeven ontvangen bestellen aanschuiven
        """).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A verb for a job ("repareren", "knippen"), whatever its form here.</summary>
    public static bool IsJob(string w) => Jobs.Contains(w);

    /// <summary>Modal and auxiliary verbs.</summary>
    public static readonly FrozenSet<string> Modal = LexiconText.Words("""
        kan kun kunt kunnen wil wilt willen mag mogen zou zouden zal zult zullen heb hebt heeft hebben ben bent is zijn
        ga gaat gaan moet moeten doe doet doen wou wilde kom komt komen hoef hoeft hoeven weet kent
        """).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FiniteForms = LexiconText.Words("""
        kookt brengt helpt leent maakt bakt zoekt rijdt geeft biedt neemt haalt bezorgt
        """).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A finite verb: a subject right after one is inverted ("kan iemand", "heb ik", "kook ik").</summary>
    public static bool IsFinite(TokenizedText t, int i) =>
        Modal.Contains(t.W(i)) || IsElidedFirst(t, i) || (t.IsWord(i) && FiniteForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Surface(i)))
        || IsThirdPerson(t, i);

    /// <summary>"lust", "bakt", "repareert": a known verb in the third person ("lust er iemand...?"), not a participle.</summary>
    private static bool IsThirdPerson(TokenizedText t, int i)
    {
        var w = t.W(i);
        if (w.Length == 0 || !(Give.Contains(w) || Get.Contains(w) || Jobs.Contains(w)))
        {
            return false;
        }

        var s = t.Surface(i);
        return s.EndsWith('t') && !s.StartsWith("ge") && !s.SequenceEqual(w) && s.Length < w.Length;
    }

    /// <summary>
    /// First-person forms, as written, that open a sentence without "ik" ("kook vrijdag nasi", "heb een boor",
    /// "help graag"); infinitives ("graag brengen") are not among them.
    /// </summary>
    public static readonly FrozenSet<string> ElidedFirst = LexiconText.Words("""
        kook heb kan wil help leen breng bak maak ga doe zoek neem bied geef rij gekookt gebakken gemaakt kom ben zou wou mag
        leen lever verhuur deel rijd haal bezorg
        """).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsElidedFirst(TokenizedText t, int i) =>
        t.IsWord(i) && ElidedFirst.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Surface(i));

    public static VerbClass Classify(TokenizedText t, int i)
    {
        var w = t.W(i);
        if (w.Length == 0)
        {
            return VerbClass.None;
        }

        if (t.IsAny(i - 1, "een", "de") && !t.Surface(i).EndsWith("en") && w != "nodig")
        {
            // "wie wil er een bak?", "een rit": a noun that looks like a verb stem.
            return VerbClass.None;
        }

        switch (w)
        {
            case "nodig":
                return VerbClass.Need;
            case "zoeken" or "vragen":
                return VerbClass.Ask;
            case "lenen" when t.Near(i, 0, 5, "uit") && !t.Near(i, 0, 5, "uitlenen"):
                return VerbClass.Give;
            case "lenen" when t.Is(i - 1, "te") && t.Surface(i).SequenceEqual("leen"):
                return VerbClass.None;
            case "lenen" when t.Surface(i).SequenceEqual("geleend") && t.Near(i, 2, 2, "worden", "word", "wordt"):
                return VerbClass.None;
            case "passen" or "pas" or "past" when t.Near(i, 0, 4, "op") && t.Surface(i) is "pas" or "past" or "passen":
                return VerbClass.Task;
            case "halen" or "ophalen" when t.Near(i, 3, 0, "komen", "kom", "komt") || (t.Near(i, 8, 0, "ik", "we") && t.Near(i, 8, 0, "kan", "mag", "kun") && DomainHints.HasItemNear(t, i)):
                // "kan ik bij iemand een boormachine ophalen": getting the thing.
                return VerbClass.Get;
            case "doen" or "doe" or "doet" when VerbContext.CategoryBefore(t, i):
                return VerbClass.Task;
            case "krijgen" when t.Near(i, 4, 0, "praat", "werkend", "aan", "open", "dicht", "los"):
                return VerbClass.None;
            case "koken" or "bakken" or "maken" when t.Near(i, 2, 2, "wordt", "worden", "werd"):
                // "de soep die vandaag gekookt wordt": nobody in the message cooks it.
                return VerbClass.None;
            case "koken" or "bakken" when t.Surface(i) is "gekookt" or "kookte" or "kookten" or "bakte" or "bakten" or "gebakken"
                && !t.Near(i, 6, 8, "over", "portie", "wie", "ophalen", "halen", "brengen", "teveel", "veel", "extra"):
                return VerbClass.None;
            case "nemen" when t.Near(i, 0, 5, "mee"):
                return VerbClass.Give;
            case "laat" or "laten" when t.Near(i, 0, 5, "uit") && t.Near(i, 0, 4, "hond", "honden", "hondje"):
                return VerbClass.Give;
            case "maken" when t.Near(i, 4, 4, "schoon"):
                return VerbClass.Task;
            case "maken" when VerbContext.MealNear(t, i):
                return VerbClass.Give;
            case "doen" or "doe" or "doet" when t.Near(i, 4, 0, "boodschappen", "klusjes", "klusje", "klussen", "was", "boodschap"):
                return VerbClass.Task;
            case "gaan" or "ga" or "komen" or "kom" when t.Near(i, 5, 0, "bij", "langs") && t.Near(i, 5, 0, "iemand", "mensen", "ouderen", "u", "jou", "je"):
                return VerbClass.Give;
            case "langs" when t.Near(i, 6, 0, "kan", "kun", "wil", "ga", "gaan", "mag", "kunnen", "willen") && !t.IsAny(i + 1, "de", "het", "een") && !t.Near(i, 6, 2, "komen", "kom", "komt", "lopen", "langskomen"):
                // "ik kan dinsdag bij iemand langs": langskomen, the verb left out.
                return VerbClass.Give;
            case "schuiven" when t.Near(i, 0, 5, "aan") || (t.Is(i - 1, "te") && t.Is(i - 2, "aan")):
                // "wie schuift er aan?", "ik schuif graag aan": aanschuiven, split.
                return VerbClass.Get;
            case "komen" or "kom" or "komt" when VerbContext.ComesBy(t, i):
                // "ik kom graag eens langs", "kan er iemand langskomen": a visit is given.
                return VerbClass.Give;
            case "klus" or "klussen" when t.IsAny(i - 1, "ik", "we", "wij", "en") && t.IsAny(i + 1, "graag", "wel", "ook", "veel"):
                // "(ik ben gepensioneerd) en klus graag": the verb, not the noun.
                return VerbClass.Task;
            case "zitten" when t.Near(i, 5, 0, "bij"):
                return VerbClass.Give;
            case "houden" when t.Near(i, 3, 0, "gezelschap"):
                return VerbClass.Give;
            case "eten" when t.IsAny(i - 1, "mee", "komen", "kom", "graag") || (t.Is(i - 1, "te") && t.Is(i - 2, "mee")) || t.IsAny(i + 1, "graag") && !t.Is(i - 1, "het"):
                return VerbClass.Get;
            case "hebben" when t.Near(i, 6, 0, "wil", "wilt", "zou", "wou", "graag", "mag", "mogen"):
                return VerbClass.Get;
        }

        if (Give.Contains(w))
        {
            return VerbClass.Give;
        }

        if (Jobs.Contains(w))
        {
            return VerbClass.Task;
        }

        return Get.Contains(w) ? VerbClass.Get : VerbClass.None;
    }
}
