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
        }

        return false;
    }

    public static bool IsCancel(TokenizedText t, int i)
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
            case "geregeld" or "opgelost" when t.Near(i, 3, 0, "al", "zelf", "inmiddels", "is", "intussen", "toch") && !StatusCues.IsQuestion(t):
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
}
