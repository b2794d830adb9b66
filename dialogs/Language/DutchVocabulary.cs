using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace BuurtBot.Dialogs.Language;

/// <summary>
/// Every keyword the conversations react to, in one place. A keyword counts only when it is (nearly) the
/// whole message: "stop" opts out, "ik stop met koken" does not.
/// </summary>
public static class DutchVocabulary
{
    /// <summary>
    /// Words that may surround a keyword without changing it ("laat maar hoor", "menu graag"). Declared first
    /// and built plainly: the keyword sets below are built with it.
    /// </summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["graag", "aub", "alstublieft", "alsjeblieft", "hoor", "maar", "nou", "dan", "even", "mijn", "vraag", "de", "het", "een", "ok", "oke", "ja", "svp", "pls", "please"],
        StringComparer.Ordinal);

    /// <summary>Opt out of all messages (Twilio's own keywords included, since Twilio blocks on them too).</summary>
    public static readonly FrozenSet<string> OptOut = Set(
        "stop", "stoppen", "afmelden", "uitschrijven", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout",
        "stop alle berichten", "geen berichten meer", "ik wil geen berichten meer", "ik wil me afmelden", "meld mij af", "meld me af");

    /// <summary>Opt back in.</summary>
    public static readonly FrozenSet<string> OptIn = Set("start", "unstop", "yes", "aanmelden", "weer aanmelden", "start weer");

    /// <summary>Stop what we are doing now.</summary>
    public static readonly FrozenSet<string> Cancel = Set(
        "annuleer", "annuleren", "laat maar", "laat maar zitten", "hoeft niet meer", "toch niet", "ik wil toch niet", "vergeet het", "stop ermee");

    /// <summary>Show what the bot can do.</summary>
    public static readonly FrozenSet<string> Menu = Set("menu", "help", "hulp", "info", "?", "wat kan ik vragen", "wat kan ik doen", "hoe werkt het", "keuzes", "opties");

    /// <summary>Ask for a person (a coordinator) instead of the bot.</summary>
    public static readonly FrozenSet<string> Person = Set(
        "medewerker", "een medewerker", "ik wil een medewerker", "ik wil een medewerker spreken", "medewerker spreken", "een mens",
        "ik wil een mens spreken", "mens spreken", "ik wil iemand spreken", "iemand spreken", "bel mij", "bel me", "bel mij terug");

    /// <summary>Start the current conversation again from its first question.</summary>
    public static readonly FrozenSet<string> Restart = Set("opnieuw", "overnieuw", "begin opnieuw", "opnieuw beginnen", "van voren af aan", "nog een keer beginnen");

    public static bool IsOptOut(string text) => Matches(OptOut, text);

    public static bool IsOptIn(string text) => Matches(OptIn, text);

    public static bool IsCancel(string text) => Matches(Cancel, text);

    public static bool IsMenu(string text) => Matches(Menu, text);

    public static bool IsRestart(string text) => Matches(Restart, text);

    public static bool IsAskingForPerson(string text) => Matches(Person, text);

    /// <summary>Lower case, no accents, punctuation and emoji as spaces (a lone "?" kept), single spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trimmed = text.Trim();
        if (trimmed == "?")
        {
            return "?";
        }

        var decomposed = trimmed.Length > 400 ? trimmed[..400].Normalize(NormalizationForm.FormD) : trimmed.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private static bool Matches(FrozenSet<string> phrases, string text)
    {
        var normalized = Normalize(text);
        return normalized.Length is > 0 and <= 60 && phrases.Contains(Core(normalized));
    }

    /// <summary>A phrase without its filler words ("laat maar zitten hoor" -> "laat zitten"), unless it is only fillers.</summary>
    private static string Core(string normalized)
    {
        var core = string.Join(' ', normalized.Split(' ').Where(w => !Fillers.Contains(w)));
        return core.Length > 0 ? core : normalized;
    }

    private static FrozenSet<string> Set(params string[] phrases) =>
        phrases.Select(p => p == "?" ? p : Core(Normalize(p))).ToFrozenSet(StringComparer.Ordinal);
}
