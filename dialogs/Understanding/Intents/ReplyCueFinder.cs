namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds stop ("stop", "afmelden", "geen berichten meer"), cancel ("laat maar", "annuleer",
/// "hoeft niet meer"), status ("is er al iemand gevonden", "hoe staat het met mijn vraag"),
/// menu ("help" alone, "menu", "wat kan ik vragen"), thanks, greetings and the first yes or no.
/// </summary>
internal static class ReplyCueFinder
{
    public static ReplyCues Find(TokenizedText t)
    {
        var stop = false;
        var cancelAt = -1;
        var statusAt = -1;
        var thanksAt = -1;
        var greetingAt = -1;
        for (var i = 0; i < t.Count; i++)
        {
            stop |= IsStop(t, i);
            if (cancelAt < 0 && IsCancel(t, i))
            {
                cancelAt = i;
            }

            if (statusAt < 0 && IsStatus(t, i))
            {
                statusAt = i;
            }
            if (thanksAt < 0 && IsThanks(t, i))
            {
                thanksAt = i;
            }

            if (greetingAt < 0 && IsGreeting(t, i))
            {
                greetingAt = i;
            }
        }

        var confirm = ConfirmFinder.Find(t);
        if (confirm is { } cue && IsPhoneOpener(t, cue.Index))
        {
            confirm = NextCue(t, cue.Index + 1);
        }

        var confirmAt = confirm?.Index ?? -1;

        return new ReplyCues(stop, cancelAt, statusAt, Menu(t), thanksAt, greetingAt, confirm?.Value, confirmAt);
    }

    private static (bool Value, int Index)? NextCue(TokenizedText t, int from)
    {
        for (var i = from; i < t.Count; i++)
        {
            if (ConfirmFinder.At(t, i) is { } value)
            {
                return (value, i);
            }
        }

        return null;
    }

    /// <summary>"Ja hallo, u spreekt met...", "ja goedemorgen": a phone call's opening, not a yes.</summary>
    private static bool IsPhoneOpener(TokenizedText t, int i) =>
        t.Is(i, "ja") && (IsGreeting(t, i + 1) || t.IsPunct(i + 1, ',') && IsGreeting(t, i + 2) || t.Is(i + 1, "met") || (t.Is(i + 1, "u") && t.Is(i + 2, "spreekt"))
            || IsGreeting(t, i - 1) || (t.IsPunct(i - 1, ',') && IsGreeting(t, i - 2)));

    private static bool IsStop(TokenizedText t, int i)
    {
        var w = t.W(i);
        switch (w)
        {
            case "stop" or "stoppen":
                return t.WordCount() <= 4 || t.Near(i, 3, 4, "berichten", "sms", "smsjes", "sms'jes", "appjes", "ermee", "meer", "nummer")
                    || (w == "stoppen" && t.Near(i, 3, 0, "wil", "wil", "ik"));
            case "afmelden" or "uitschrijven":
                return !t.Near(i, 4, 0, "maaltijd", "vraag");
            case "berichten" or "sms" or "smsjes" or "sms'jes" or "appjes" or "sms'en" or "appen" or "meldingen":
                return (t.Near(i, 2, 0, "geen") && t.Near(i, 0, 2, "meer") || (t.Near(i, 3, 2, "niet") && t.Near(i, 2, 3, "meer") && t.Near(i, 3, 3, "sturen", "ontvangen", "krijgen")))
                    && (t.Near(i, 6, 3, "wil", "hoef", "hoeft", "stuur", "stuurt", "graag", "aub", "alstublieft", "svp", "sturen") || t.WordCount() <= 5) && !t.Near(i, 4, 0, "krijg", "kreeg");
            case "lijst" or "mailinglijst" when t.Near(i, 2, 0, "van", "uit", "af") && t.Near(i, 5, 0, "haal", "halen", "verwijder", "verwijderen", "wil", "graag"):
                return true;
            case "sturen" when t.Near(i, 3, 0, "niet") && t.Near(i, 3, 0, "meer") && t.Near(i, 4, 0, "me", "mij"):
                return true;
            case "verwijderen" when t.Near(i, 0, 3, "nummer", "gegevens", "telefoonnummer") || t.Near(i, 3, 0, "nummer", "gegevens"):
                return true;
        }

        return false;
    }

    private static bool IsCancel(TokenizedText t, int i)
    {
        var w = t.W(i);
        switch (w)
        {
            case "laat" when t.Is(i + 1, "maar") || (t.Is(i + 1, "het") && t.Is(i + 2, "maar")):
                return !t.Near(i, 0, 4, "weten", "horen", "zien", "komen", "bellen", "brengen");
            case "annuleren" or "intrekken" or "afzeggen":
                return true;
            case "trek" or "zeg" when t.Near(i, 0, 7, "in", "af") && !t.Near(i, 0, 2, "zin", "honger"):
                return true;
            case "meer" when t.Near(i, 3, 0, "niet", "geen") && (t.Near(i, 0, 2, "nodig", "beschikbaar") || t.Near(i, 5, 0, "hoeft", "hoeven", "hoef"))
                && !t.Near(i, 5, 0, "die", "dat"):
                // Not "een rolstoel die ik niet meer nodig heb": that is why it is offered.
                return true;
            case "weg" when t.IsAny(i - 1, "kan", "mag", "mogen", "kunnen") && t.Near(i, 8, 0, "vraag", "verzoek", "aanvraag", "oproep", "aanbod", "bericht"):
                return true;
            case "zitten" when t.Near(i, 8, 0, "laat", "laten") && t.Near(i, 3, 0, "maar"):
                return true;
            case "nodig" when t.Near(i, 2, 0, "toch", "niet") && t.Near(i, 3, 0, "toch") && t.Near(i, 3, 0, "niet", "geen"):
                return true;
            case "geregeld" or "opgelost" when t.Near(i, 3, 0, "al", "zelf", "inmiddels", "is", "intussen", "toch") && !IsQuestion(t):
                return true;
            case "vergeten" when i == 0 || t.IsAny(i + 1, "het", "mijn", "de", "maar"):
                return !t.Near(i, 3, 0, "niet");
            case "verwijderen" when t.Near(i, 0, 3, "vraag", "aanvraag", "verzoek", "oproep", "aanbod", "bericht") || t.Near(i, 3, 0, "vraag", "aanvraag", "verzoek", "oproep", "aanbod"):
                return true;
            case "door" when t.Near(i, 3, 0, "gaat", "gaan") && t.Near(i, 3, 0, "niet"):
                return true;
            case "vervalt" or "vervallen":
                return true;
            case "gevonden" when t.Near(i, 4, 0, "al") && t.Near(i, 5, 0, "heb", "hebben", "ik", "we") && !t.Near(i, 5, 0, "er", "is", "heeft"):
                return true;
        }

        return false;
    }

    private static bool IsStatus(TokenizedText t, int i)
    {
        var w = t.W(i);
        switch (w)
        {
            case "al":
                return StatusAfterAl(t, i);
            case "staat" when t.Is(i - 1, "hoe") && t.IsAny(i + 1, "het", "mijn", "t", "'t", "de"):
                return true;
            case "wacht" or "wachten" when t.Near(i, 0, 5, "reactie", "antwoord", "bericht", "iemand", "nieuws") && !t.Near(i, 4, 0, "niet"):
                return true;
            case "zit" when t.Is(i - 1, "hoe") && t.Is(i + 1, "het") && t.IsAny(i + 2, "met", "nu"):
                return true;
            case "stand" when t.Is(i + 1, "van") && t.Is(i + 2, "zaken"):
                return true;
            case "status":
                return true;
            case "gehoord" or "gereageerd" or "reactie" when t.Near(i, 3, 0, "nog") && t.Near(i, 3, 0, "niks", "niets", "geen", "niemand"):
                return true;
            case "niemand" when t.Near(i, 2, 0, "steeds") || (t.Near(i, 2, 0, "nog") && t.Near(i, 0, 2, "gereageerd", "gevonden", "gemeld")):
                return true;
            case "wanneer" when t.IsAny(i + 1, "komt", "hoor", "krijg", "weet", "kom") || (t.IsAny(i + 1, "wordt", "word") && t.Near(i, 0, 4, "mijn", "maaltijd", "eten", "boodschappen")):
                return true;
            case "laat" when t.Is(i - 1, "hoe") && t.Near(i, 0, 6, "brengen", "bezorgen", "komt", "komen", "ophalen") && t.Near(i, 0, 6, "maaltijd", "eten", "iemand", "mijn", "hij", "ze"):
                return true;
            case "komt" or "komen" when t.Is(i - 1, "wie") && t.Near(i, 0, 2, "er"):
                return true;
            case "komt" when t.Is(i + 1, "er") && t.Near(i, 0, 4, "nog") && t.Near(i, 0, 5, "iemand"):
                return true;
            case "staat" when t.Near(i, 5, 0, "hoe") && t.Near(i, 0, 4, "mijn", "met", "vraag", "eten", "maaltijd", "aanvraag", "verzoek") && !t.Near(i, 5, 0, "laat"):
                return true;
            case "bekeken" or "gelezen" or "behandeld" or "opgepakt" or "doorgegeven" when t.Near(i, 3, 0, "al"):
                return true;
            case "weet" when t.IsAny(i + 1, "u", "je", "jij", "jullie") && t.Is(i + 2, "al"):
                return true;
            case "geregeld" when t.Near(i, 3, 0, "al") && IsQuestion(t):
                return true;
            case "hoor" when t.Is(i + 1, "ik") && t.Is(i + 2, "nog"):
                return true;
            case "gevonden" when t.Near(i, 5, 0, "al") && t.Near(i, 6, 0, "er", "is", "heeft", "jullie", "u"):
                return true;
        }

        return false;
    }

    private static bool IsQuestion(TokenizedText t)
    {
        for (var i = t.Count - 1; i >= 0; i--)
        {
            if (t.IsPunct(i, '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"al nieuws?", "is er al iemand (gevonden)?", "heeft er al iemand gereageerd".</summary>
    private static bool StatusAfterAl(TokenizedText t, int i)
    {
        var next = t.W(i + 1);
        if (next is "nieuws" or "gereageerd" or "reactie" or "reacties" or "bekend" or "gevonden" or "gemeld" or "aangemeld")
        {
            return true;
        }

        if (next == "iemand" && (t.IsPunct(i + 2, '?') || i + 2 >= t.Count))
        {
            return true;
        }

        if (next == "iets" && t.Near(i, 0, 3, "gehoord", "bekend", "vernomen", "nieuws"))
        {
            return true;
        }

        if (next is not ("iemand" or "iets" or "een") || !t.Near(i, 4, 0, "is", "heeft", "er", "hoe", "zijn") || t.Near(i, 5, 0, "ik", "we"))
        {
            return false;
        }

        return t.Near(i, 0, 5, "gevonden", "gereageerd", "gemeld", "gehoord") || !t.Near(i, 0, 5, "lenen", "koken", "helpen", "brengen", "rijden", "die");
    }

    /// <summary>2: the message is only "help", "menu", "?"...; 1: it asks what the bot can do ("wat kan ik vragen"); 0: neither.</summary>
    private static int Menu(TokenizedText t)
    {
        var words = 0;
        var onlyMenuWords = true;
        var menuWord = false;
        var questionMarks = 0;
        var asksWhatItDoes = false;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind == TokenKind.Word)
            {
                words++;
                var isMenuWord = t.IsAny(i, "help", "hulp", "menu", "opties", "optie", "info", "informatie", "uitleg", "instructies", "helpen");
                menuWord |= isMenuWord;
                if (!isMenuWord && !t.IsAny(i, "hallo", "hoi", "graag", "aub", "alstublieft", "de", "het", "het", "svp", "nodig", "pls", "please", "even", "toon", "geef", "stuur", "me", "mij"))
                {
                    onlyMenuWords = false;
                }
            }
            else if (t.IsPunct(i, '?'))
            {
                questionMarks++;
            }
            else if (t[i].Kind == TokenKind.Number)
            {
                onlyMenuWords = false;
            }

            asksWhatItDoes |= t.Is(i, "menu")
                || (t.Is(i, "wat") && t.IsAny(i + 1, "kan", "kun", "kunt", "moet") && t.IsAny(i + 2, "ik", "je", "u", "jij") && (t.Near(i, 0, 5, "vragen", "doen", "hier", "allemaal", "mee") || i + 3 >= t.Count))
                || (t.Is(i, "hoe") && t.IsAny(i + 1, "werkt", "gaat") && t.Near(i, 0, 3, "dit", "het", "deze", "de", "jullie"))
                || (t.Is(i, "welke") && t.Is(i + 1, "opties")) || (t.Is(i, "mogelijkheden") && t.Near(i, 3, 0, "wat", "welke"))
                || (t.Is(i, "wat") && t.IsAny(i + 1, "kan", "kun", "doet", "is") && t.Near(i, 0, 3, "bot", "buurtbot", "jij", "dit", "dat"));
        }

        if (words == 0)
        {
            return questionMarks > 0 && t.Count == questionMarks ? 2 : 0;
        }

        if (onlyMenuWords && menuWord && words <= 4)
        {
            return 2;
        }

        return asksWhatItDoes ? 1 : 0;
    }

    private static bool IsThanks(TokenizedText t, int i)
    {
        if (t.IsSymbol(i, 0x1F64F))
        {
            return true;
        }

        var w = t.W(i);
        return w is "bedankt" or "dankjewel" || (w == "dank" && (t.IsAny(i + 1, "je", "u", "jullie", "wel", "voor", "u.") || i + 1 >= t.Count || t[i + 1].Kind != TokenKind.Word || t.IsAny(i - 1, "hartelijk", "veel", "heel", "alvast", "bij")));
    }

    private static bool IsGreeting(TokenizedText t, int i)
    {
        if (t.IsSymbol(i, 0x1F44B))
        {
            return true;
        }

        var w = t.W(i);
        return w is "hallo" or "goedemorgen" or "goedemiddag" or "goedenavond" or "goedendag" or "doei"
            || (w is "goede" or "goeie" && t.IsAny(i + 1, "morgen", "middag", "avond", "ochtend"))
            || (w is "dag" or "beste" && i == 0 && !t.IsNumber(i + 1))
            || (w == "tot" && t.IsAny(i + 1, "ziens", "later"));
    }
}
