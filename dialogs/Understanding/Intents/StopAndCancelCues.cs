namespace BuurtBot.Dialogs.Understanding;

/// <summary>Stop ("stop", "afmelden", "geen berichten meer") and cancel ("laat maar", "annuleer", "hoeft niet meer", "zeg ... af").</summary>
internal static class StopAndCancelCues
{
    public static bool IsStop(TokenizedText t, int i)
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
            case "systeem" or "bestand" or "database" or "register" or "buurtbot" or "ledenlijst" or "adressenlijst" or "app" or "groep" or "appgroep" when LeavesList(t, i):
                // "haal mij uit het systeem", "ik wil uit het bestand", "wil niet meer in het systeem staan".
                return true;
            case "meld" or "melden" when t.Near(i, 0, 3, "af") && t.Near(i, 0, 2, "me", "mij", "ons", "mezelf") && !t.Near(i, 4, 4, "maaltijd", "vraag", "eten", "ladder"):
                // "meld me af": afmelden, split.
                return true;
            case "schrijf" or "schrijven" when t.Near(i, 0, 4, "uit") && t.Near(i, 3, 3, "me", "mij", "ons", "ik"):
                // "schrijf me uit": uitschrijven, split.
                return true;
            case "gegevens" or "nummer" or "telefoonnummer" when t.Near(i, 5, 0, "haal", "halen") && t.Near(i, 0, 4, "weg", "eraf"):
                return true;
        }

        return false;
    }

    private static bool LeavesList(TokenizedText t, int i) =>
        (t.Near(i, 3, 0, "uit", "van", "af") && t.Near(i, 6, 0, "haal", "halen", "verwijder", "verwijderen", "wil", "graag", "schrijf", "mag", "wil"))
        || (t.Near(i, 4, 0, "in") && t.Near(i, 6, 0, "niet", "geen") && t.Near(i, 6, 0, "meer"));

    /// <summary>"mijn vraag", "de aanvraag", "mijn hulpvraag", "het verzoek", "de oproep": a request the sender made.</summary>
    private static bool IsRequestNoun(TokenizedText t, int j) =>
        t.IsAny(j, "vraag", "aanvraag", "verzoek", "oproep", "aanbod", "bericht", "advertentie", "melding", "hulpvraag", "aanmelding")
        || t.Surface(j) is "hulpvraag" or "hulpverzoek" or "vraagje";

    private static bool RequestNounNear(TokenizedText t, int i, int back, int ahead)
    {
        for (var j = Math.Max(0, i - back); j <= Math.Min(t.Count - 1, i + ahead); j++)
        {
            if (j != i && IsRequestNoun(t, j))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCancel(TokenizedText t, int i)
    {
        var w = t.W(i);
        switch (w)
        {
            case "laat" when t.Is(i + 1, "maar") || (t.Is(i + 1, "het") && t.Is(i + 2, "maar"))
                || (t.IsAny(i + 1, "die", "de", "dat", "het", "mijn", "m'n", "dan") && (t.Is(i + 3, "maar") || (t.Is(i + 4, "maar") && t.IsWord(i + 3)))):
                // "laat maar", "laat het maar", "laat die ladder maar".
                return !t.Near(i, 0, 4, "weten", "horen", "zien", "komen", "bellen", "brengen");
            case "annuleren" or "intrekken" or "afzeggen":
                return true;
            case "trek" or "zeg" when t.Near(i, 0, 7, "in", "af") && !t.Near(i, 0, 2, "zin", "honger") && !(t.Is(i + 1, "in") && t.IsWord(i + 2)):
                // Not "trek in een kom chili?" (appetite).
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
            case "geregeld" or "opgelost" when t.Near(i, 3, 0, "al", "zelf", "inmiddels", "is", "intussen", "toch") && !StatusCues.IsQuestion(t):
                return true;
            case "vergeten" when i == 0 || t.IsAny(i + 1, "het", "mijn", "de", "maar"):
                return !t.Near(i, 3, 0, "niet");
            case "verwijderen" when RequestNounNear(t, i, 8, 3):
                return true;
            case "door" when t.Near(i, 3, 0, "gaat", "gaan") && t.Near(i, 3, 0, "niet"):
                return true;
            case "vervalt" or "vervallen":
                return true;
            case "stop" or "stoppen" when t.Near(i, 0, 3, "zoeken") && t.Near(i, 0, 2, "met", "maar"):
                // "stop maar met zoeken".
                return true;
            case "iemand" when t.Is(i - 1, "al") && t.IsAny(i - 2, "heb", "hebben") && t.IsAny(i - 3, "ik", "we", "wij") && !StatusCues.IsQuestion(t):
                // "ik heb al iemand": found someone already.
                return true;
            case "schrappen" or "stopzetten" when !t.Near(i, 4, 0, "iemand", "wie"):
                // "graag de maaltijd voor morgen schrappen".
                return true;
            case "weghalen" or "sluiten" when RequestNounNear(t, i, 7, 5):
                // "kunt u mijn verzoek schrappen", "graag mijn oproep weghalen", "schrap mijn aanvraag maar".
                return true;
            case "haal" or "halen" when t.Near(i, 0, 8, "weg", "eraf", "af") && RequestNounNear(t, i, 3, 5):
                // "haal mijn vraag maar weg", "haal de oproep er maar af".
                return true;
            case "eraf" or "af" or "weg" when t.IsAny(i - 1, "mag", "kan", "mogen", "kunnen", "maar") && RequestNounNear(t, i, 8, 0):
                // "mijn hulpvraag mag eraf".
                return true;
            case "gevonden" when t.Near(i, 4, 0, "al") && t.Near(i, 5, 0, "heb", "hebben", "ik", "we") && !t.Near(i, 5, 0, "er", "is", "heeft"):
                return true;
        }

        return false;
    }
}
