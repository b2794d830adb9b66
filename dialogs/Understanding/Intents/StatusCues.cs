namespace BuurtBot.Dialogs.Understanding;

/// <summary>Questions about an earlier request: "is er al iemand gevonden", "hoe staat het met", "al nieuws", "wanneer komt er iemand".</summary>
internal static class StatusCues
{
    /// <summary>"Zaterdag pannenkoeken bij mij! Wie komt er?", "wie komt er gezellig bij mij op de koffie": an invitation or a wish, not a status question.</summary>
    private static bool InvitesOrAsksCompany(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if ((t.Is(i, "bij") && t.IsAny(i + 1, "mij", "ons", "me")) || t.IsAny(i, "gezellig", "koffie", "thee", "gezelschap", "aanschuiven", "meeeten"))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsStatus(TokenizedText t, int i)
    {
        var w = t.W(i);
        switch (w)
        {
            case "al" or "inmiddels" or "intussen" when t.IsAny(i - 1, "er", "zich") && t.IsAny(i - 2, "is", "zijn", "heeft") && t.Is(i + 1, "iemand") && t.IsAny(i + 2, "die", "voor", "gevonden"):
                // "is er al iemand die morgen naar mijn moeder gaat?": whether the earlier request found someone.
                return true;
            case "al" or "inmiddels" or "intussen":
                return StatusAfterAl(t, i);
            case "staat" when t.Is(i - 1, "hoe") && t.IsAny(i + 1, "het", "mijn", "t", "'t", "de"):
                return true;
            case "wacht" or "wachten" when t.Near(i, 0, 5, "reactie", "antwoord", "bericht", "iemand", "nieuws") && !t.Near(i, 4, 0, "niet"):
                return true;
            case "zit" when t.Is(i - 1, "hoe") && t.Is(i + 1, "het") && t.IsAny(i + 2, "met", "nu"):
                return true;
            case "is" or "gaat" when t.Is(i - 1, "hoe") && t.Is(i + 1, "het") && t.Is(i + 2, "met") && t.IsAny(i + 3, "mijn", "de", "onze") && AboutARequest(t, i + 4):
                // "hoe is het met mijn vraag over de tuin?", not "hoe is het met je?".
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
            case "komt" or "komen" when t.Is(i - 1, "wie") && t.Near(i, 0, 2, "er") && !InvitesOrAsksCompany(t):
                return true;
            case "komt" when t.Is(i + 1, "er") && t.Near(i, 0, 4, "nog") && t.Near(i, 0, 5, "iemand"):
                return true;
            case "komt" when t.Is(i + 1, "er") && t.Near(i, 0, 4, "iemand") && t.Near(i, 0, 4, "nou", "nu", "eigenlijk", "wel") && IsQuestion(t) && !InvitesOrAsksCompany(t):
                // "komt er morgen nou iemand of niet?"
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

    private static bool AboutARequest(TokenizedText t, int i)
    {
        var w = t.W(i);
        return w is "vraag" or "aanvraag" or "verzoek" or "oproep" or "hulpvraag" or "maaltijd" or "boodschappen" or "aanbod"
            || ItemWords.All.Contains(w) || t.Surface(i) is "hulpvraag";
    }

    public static bool IsQuestion(TokenizedText t)
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
        if (next is "nieuws" or "gereageerd" or "reactie" or "reacties" or "bekend" or "gevonden" or "gemeld" or "aangemeld" or "opgegeven")
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
}
