using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// The words the distress patterns are written in, so that "gevalle", "bewustloos", "duizlig", "pyn" and "brant" are read
/// as the words they stand for before the patterns run. Only long, distinctive words are matched within one edit; the
/// protected words are real Dutch words one edit away from them (checked against a Dutch word list).
/// </summary>
internal static class DistressLexicon
{
    public static readonly FuzzyLexicon Words = new(
        [
            "omgevallen", "neergevallen", "onderuitgegaan", "opstaan", "omhoog", "bewegen", "grond", "vloer", "liggen",
            "lucht", "adem", "ademen", "ademhaling", "stikken", "borst", "borstkas", "hartstilstand", "reageren", "wakker",
            "brand", "vlammen", "rookmelder", "brandmelder", "gaslucht", "brandlucht", "bloed", "bloeden", "bloedend",
            "zelfdoding", "leven", "sterven", "doodgaan", "draaierig", "ziek", "pijn", "ziekenwagen", "noodgeval", "verlamd",
            "inbreker", "mishandeld", "bedreigd", "verdwaald", "overdosis", "help", "hulp", "niet", "geen", "mezelf",
            "mijzelf", "vreselijk", "vreselijke", "ineens", "opeens", "dringend",
        ],
        [
            "gevallen", "flauwgevallen", "gestruikeld", "uitgegleden", "overeind", "gegeten", "gedronken", "ademhalen",
            "benauwd", "kortademig", "borstpijn", "hartaanval", "hartinfarct", "reageert", "bewusteloos", "bewustzijn",
            "aanspreekbaar", "brandweer", "bloeding", "zelfmoord", "afscheidsbrief", "duizelig", "ambulance", "beroerte",
            "ingebroken", "alstublieft", "alsjeblieft", "verschrikkelijk", "verschrikkelijke", "ontzettend", "ondraaglijk",
            "ondraaglijke", "nauwelijks",
        ],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["luch"] = "lucht", ["lugt"] = "lucht", ["lught"] = "lucht", ["gen"] = "geen", ["gn"] = "geen", ["nie"] = "niet", ["nt"] = "niet",
            ["hlp"] = "help", ["hepl"] = "help", ["hellup"] = "help", ["hulpp"] = "hulp", ["halp"] = "help", ["pein"] = "pijn",
            ["bloet"] = "bloed", ["blod"] = "bloed", ["brandt"] = "brand", ["ambulans"] = "ambulance", ["lgt"] = "ligt",
            ["suicide"] = "zelfmoord", ["suicidaal"] = "zelfmoord", ["zelfmoordgedachten"] = "zelfmoord", ["aub"] = "alstublieft",
            ["ajb"] = "alsjeblieft", ["asjeblieft"] = "alsjeblieft", ["astublieft"] = "alstublieft", ["opsta"] = "opstaan",
            ["bewegn"] = "bewegen", ["ademe"] = "ademen", ["verlamt"] = "verlamd",
        },
        [
            "aangebroken", "ongebroken", "ingetrokken", "bevalen", "bevallen", "meevallen", "getallen", "gemalen", "gevaren",
            "bedronken", "gedrongen", "gebeten", "gegoten", "geheten", "gemeten", "gereten", "geweten", "gezeten", "gegeven",
            "geageerd", "regeert", "bedauwd", "gaslicht", "kaslucht", "braadlucht", "brander", "brandweg", "beroerd", "beroerde",
            "beroert", "beroete", "dringen", "drinkend", "dwingend", "wringend", "ringend", "ontzetten", "ontketend", "ontzeggend",
            "rauwelijks", "uitgekleden", "overwint", "overreikt", "overseint", "borstlijn", "ziekendagen", "vleselijk",
            "vleselijke", "bloeien", "bloeiden", "bloeiend", "broeden", "broedden", "broedend", "blonden", "bloemden",
            "vloeden", "opgevallen", "ongevallen", "omgevaren", "opstand", "opstal", "opstap", "opstak", "opspan", "omstaan", "ambulante", "gezetten", "genetten", "ontketent", "bloeming",
        ]);

    /// <summary>The words of one sentence, spelled as the patterns expect.</summary>
    public static string Canonical(string sentence) => PlainText.Words(sentence, Words, DistressRecognizer.MaxLength);
}
