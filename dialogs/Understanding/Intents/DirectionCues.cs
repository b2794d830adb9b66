namespace BuurtBot.Dialogs.Understanding;

/// <summary>Cues besides the verbs: leftovers, "te leen", pick-up notes, prices, wishes, beneficiaries, lacks.</summary>
internal static class DirectionCues
{
    /// <summary>Cues around the verbs: leftovers, "te leen", pick-up notes, prices, wishes, beneficiaries.</summary>
    public static DirectionTally Cue(TokenizedText t, int i, Perspective subject, bool asksOthers, bool question, DirectionTally score)
    {
        if (t.IsPunct(i, '€') || (t.IsNumber(i) && t.IsAny(i + 1, "euro", "pp")))
        {
            return score.AddOffer(2);
        }

        var w = t.W(i);
        switch (w)
        {
            case "had" or "hadden" when subject == Perspective.First && t.Near(i, 0, 2, "graag"):
                // "ik had graag twee maaltijden": a wish, politely.
                return score.AddRequest(2.5);
            case "heb" or "hebt" or "hebben" or "had" or "heeft" when subject is Perspective.First or Perspective.Third:
                return Having.HasToGive(t, i, subject) ? score.AddOffer(subject == Perspective.First ? 2.5 : 2) : score;
            case "heeft" or "hebben" or "hebt" when subject == Perspective.Others && t.Near(i, 0, 3, "zin") && t.Near(i, 0, 4, "om"):
                // "heeft iemand zin om voor mij te koken?": asking someone to do it; "zin om aan te schuiven?": inviting.
                return DirectionPhrases.GetsAfter(t, i) ? score.AddOffer(2.5) : score.AddRequest(2);
            case "heeft" or "hebben" or "hebt" when subject == Perspective.Others:
                // Not "als iemand hem nodig heeft", nor "mag je hem hebben" (the neighbour may have it).
                return t.Near(i, 0, 6, "zin", "trek", "interesse") || (t.Near(i, 2, 0, "zin", "trek", "interesse") && t.Is(i + 1, "in")) ? score.AddOffer(2.5)
                    : t.Near(i, 2, 8, "nodig") || t.Near(i, 4, 0, "mag", "mogen") || AskingCues.ParticipleAfter(t, i) ? score : score.AddRequest(2.5);
            case "geen" when subject is Perspective.First or Perspective.Third && t.IsAny(i - 1, "heb", "hebben", "hebt", "heeft") && !t.IsAny(i + 1, "tijd", "zin", "probleem", "idee", "behoefte"):
                return score.AddRequest(2);
            case "moet" or "moeten" when subject is Perspective.First or Perspective.Third && t.Near(i, 0, 2, "naar"):
                return score.AddRequest(2);
            case "over":
                return subject != Perspective.Others && !asksOthers && Having.IsLeftover(t, i) ? score.AddOffer(2.5) : score;
            case "is" or "zijn" when !question && t.Is(i - 1, "er") && !t.IsWord(i - 2) && t.Near(i, 0, 2, "nog", "genoeg", "volop") && (SentenceShape.NearMeal(t, i, 5) || t.Near(i, 0, 5, "over", "genoeg", "vol")):
                // "Er is nog een pan vol", "er is genoeg": food there is to share.
                return score.AddOffer(2);
            case "plek" or "plaats" or "plekje" or "ruimte" when (question || t.Near(i, 0, 5, "mij", "ons")) && (t.Near(i, 0, 6, "mij", "me", "ons") || DirectionPhrases.AsksIfThereIs(t, i)):
                // "plekje aan tafel voor mij zondag?", "is er nog plek voor ons?": asking for a seat.
                return score.AddRequest(2.5);
            case "plek" or "plaats" or "plekje" or "ruimte" when !question && t.Near(i, 3, 0, "is", "heb", "hebben") && t.Near(i, 3, 0, "er", "nog", "ik", "we") && !t.Near(i, 3, 0, "geen"):
                // "er is nog plek aan tafel", "we hebben nog een plekje": room the sender has.
                return score.AddOffer(2);
            case "overgebleven" or "teveel" or "gratis" or "aanbieden" or "aanbod" or "beschikbaar" or "pp":
                return asksOthers ? score : score.AddOffer(2);
            case "lenen" when t.Is(i - 1, "te"):
                return asksOthers || question || t.Near(i, 2, 2, "zoeken", "gevraagd") ? score.AddRequest(1) : score.AddOffer(2.5);
            case "lenen" or "uitlenen" when t.Surface(i) is "geleend" or "uitgeleend" && t.Near(i, 2, 2, "worden", "word", "wordt"):
                return score.AddOffer(3);
            case "zoeken" when t.W(i).Length > 0 && t.Surface(i).SequenceEqual("gezocht"):
                return score.AddRequest(2);
            case "gevraagd" when !t.Near(i, 5, 0, "heb", "hebt", "heeft", "hebben", "had", "is", "werd", "wordt", "al", "ben"):
                // "ladder gevraagd", "GEVRAAGD: kinderzitje": a wanted notice; not "ik heb gevraagd of...".
                return score.AddRequest(2);
            case "halen" when t.Is(i - 1, "te") && t.Is(i - 2, "af"):
                return score.AddOffer(3);
            case "afhalen" or "ophalen" when t.IsAny(i + 1, "bij", "in", "kan", "vanaf", "tussen") && t.Near(i, 0, 2, "mij", "ons", "het", "vanaf", "tussen"):
                return subject == Perspective.Others ? score : score.AddOffer(2);
            case "pak" or "nemen" or "gebruiken" or "lenen" or "halen" or "ophalen" when (VerbWords.IsElidedFirst(t, i) || t.Surface(i) is "pak" or "gebruik")
                && (t.IsAny(i + 1, "maar", "gerust") || (t.IsAny(i + 1, "het", "ze", "hem", "dat") && t.IsAny(i + 2, "maar", "gerust"))):
                // "pak hem maar", "neem gerust", "haal het maar op": the reader may take it.
                return score.AddOffer(2.5);
            case "kom" or "komen" or "komt" when t.IsAny(i + 1, "maar", "gerust") && t.Near(i, 0, 4, "halen", "ophalen", "eten", "langs", "meeeten", "proeven"):
                return score.AddOffer(2.5);
            case "bij" when t.Near(i, 3, 0, "iemand") && t.Near(i, 4, 0, "kan", "kunnen", "past", "mag") && (t.IsPunct(i + 1, '.') || t.IsPunct(i + 1, '!') || i + 1 >= t.Count):
                // "daar kan nog wel iemand bij": room for one more.
                return score.AddOffer(3);
            case "vraag" or "zeg" or "bel" or "meld" or "laat" or "stuur" or "reageer" when t.Near(i, 0, 3, "maar", "gerust", "weten") && !t.Near(i, 3, 0, "iemand"):
                return score.AddOffer(1.5);
            case "wie" when t.IsPunct(i + 1, '?') && !t.IsAny(i + 1, "durft") || (t.Is(i + 1, "het") && t.Is(i + 2, "eerst")) || (t.Is(i + 1, "komt") && t.Is(i + 2, "er") && t.IsPunct(i + 3, '?')) || (t.IsAny(i + 1, "wil", "willen", "interesse") && (t.IsPunct(i + 2, '?') || i + 2 >= t.Count)):
                return score.AddOffer(2.5);
            case "wie" when t.IsAny(i + 1, "wil", "willen") && AskingCues.OffersToThem(t, i + 1):
                return score.AddOffer(2.5);
            case "veel" when t.Is(i - 1, "te") && t.Near(i, 8, 0, "koken", "eten", "gekookt", "portie"):
                return score.AddOffer(2);
            case "portie" when t.IsNumber(i - 1) || NumberWords.Cardinals.ContainsKey(t.W(i - 1)):
                return subject == Perspective.Unknown && !t.Near(i, 4, 2, "graag", "wil", "zou", "mij", "ons") && t.WordCount() > 3 ? score.AddOffer(1) : score;
            case "voor":
                return DirectionPhrases.Beneficiary(t, i, score);
            case "graag" when subject == Perspective.Unknown && !SentenceShape.NearVerb(t, i):
                return score.AddRequest(1.5);
            case "graag" when subject == Perspective.Unknown && (VerbWords.Classify(t, i + 1) == VerbClass.Give || VerbWords.Classify(t, i - 1) == VerbClass.Give)
                && (t.Surface(i + 1).EndsWith("en") || t.Surface(i - 1).EndsWith("en")):
                return score.AddRequest(2);
            case "graag" or "willen" or "wil" or "wou" when subject is Perspective.First or Perspective.Third && !SentenceShape.NearVerb(t, i):
                return DirectionVerbs.ServesOthers(t, i) ? score.AddOffer(2) : score.AddRequest(subject == Perspective.First ? 2 : 1.5);
            case "vrijwilliger" or "vrijwilligster" when t.Near(i, 3, 2, "ben", "word", "worden", "als") && subject == Perspective.First:
                return score.AddOffer(3);
            case "vrij" or "beschikbaar" when t.Near(i, 5, 0, "mijn", "onze", "ons") && t.Near(i, 4, 0, "is", "zijn") && subject != Perspective.First:
                return score.AddOffer(2);
            case "niet" when subject == Perspective.First && t.Near(i, 5, 0, "krijgen") && t.Near(i, 0, 4, "meer", "open", "dicht", "aan", "los", "getild", "tillen", "ingevuld", "gerepareerd", "gemaakt"):
                // "ik krijg hem niet meer getild", "ik krijg de pot niet open": the sender cannot manage.
                return score.AddRequest(2.5);
            case "niet" when subject == Perspective.First && t.Near(i, 5, 0, "kan", "kun", "snap", "begrijp", "lukt", "red") && !SentenceShape.NearVerb(t, i):
                return score.AddRequest(2.5);
            case "kapot" or "stuk" or "lekt" or "verstopt" or "traag" when subject != Perspective.First || t.Near(i, 4, 0, "mijn", "onze", "de"):
                return score.AddRequest(2);
            case "doet" or "werkt" or "wil" or "loopt" or "hangt" or "geven" or "maken" when subject != Perspective.First && Breakdowns.Misbehaves(t, i) && Breakdowns.OwnThingBefore(t, i):
                // "mijn printer doet het niet meer", "de computer doet raar", "tablet wil niet aan": something of theirs is wrong.
                return score.AddRequest(2);
            case "bellen" or "bel" or "belt" or "appen" or "app" or "mailen" when subject == Perspective.Others && t.Near(i, 3, 0, "mij", "me", "ons")
                && (t.Near(i, 12, 0, "als", "mocht") || t.Near(i, 4, 0, "gerust", "altijd", "maar")):
                // "als u hulp nodig heeft kunt u mij bellen", "je mag me altijd appen": the sender is there for them.
                return score.AddOffer(2);
            case "alleen" when subject != Perspective.First && t.IsAny(i + 1, "maar", "nog") && Breakdowns.DeviceBefore(t, i):
                // "mijn printer print alleen maar streepjes": it does nothing else any more.
                return score.AddRequest(2);
            case "bel" or "vraag" when subject == Perspective.First && t.Is(i + 1, "voor"):
                return score.AddRequest(2.5);
            case "fijn" or "blij" or "leuk" or "prettig" or "fantastisch" or "geweldig" or "handig" when t.Near(i, 3, 2, "zou", "zouden", "wordt", "zijn", "vinden") && t.Near(i, 0, 4, "als", "vinden"):
                return score.AddRequest(2);
            case "honger":
                return score.AddRequest(1.5);
            case "help" when SentenceShape.IsLastWord(t, i) && i > 2:
                // "... die ik niet snap, help": a cry for help at the end.
                return score.AddRequest(2.5);
            case "help" when SentenceShape.IsCry(t, i):
                // "help, mijn tablet wil niet aan", "help mijn printer doet het niet": a cry for help, not "(ik) help graag".
                return score.AddRequest(2.5);
            case "mij" when t.Is(i - 1, "bij") && subject != Perspective.Others && SentenceShape.NearMeal(t, Math.Max(0, i - 6), 8) && !t.Near(i, 6, 0, "kan", "wil", "kom"):
                // "morgen is er soep bij mij": the food is at the sender's.
                return score.AddOffer(2);
            case "ik" when t.IsAny(i - 1, "mag", "kan") && i >= 1 && !SentenceShape.NearVerb(t, i) && SentenceShape.NearMeal(t, i, 6):
                // "mag ik ook een portie van de soep?"
                return score.AddRequest(2.5);
            case "worden" when t.Near(i, 6, 0, "moet", "moeten") && !t.Near(i, 6, 0, "vrijwilliger"):
                return score.AddRequest(2);
            case "er" when t.IsAny(i - 1, "is", "zijn") && question && !(t.Is(i + 1, "iemand") && AskingCues.WantsWhatIsThere(t, i + 2)) && (i - 1 == SentenceShape.FirstContent(t, Math.Max(0, i - 4), i) || t[i - 2].Kind != TokenKind.Word):
                return score.AddRequest(2.5);
            case "zin" or "trek" when t.Is(i + 1, "om") && t.Near(i, 0, 8, "koken", "maken", "bakken", "brengen"):
                return score.AddRequest(2);
            case "zin" or "trek" when t.Is(i + 1, "in") && subject == Perspective.First:
                return score.AddRequest(2);
            case "zin" or "trek" or "interesse" when AskingCues.AsksWhoWants(t, i):
                // "Stamppot over, iemand trek?", "iemand interesse in 3 porties?": who wants what the sender has.
                return score.AddOffer(2.5);
            case "zin" or "trek" when t.Is(i + 1, "in") && subject == Perspective.Unknown && i == SentenceShape.FirstContent(t, Math.Max(0, i - 3), i):
                // "Zin in boerenkool? Ik kook vanavond": the reader is asked; "zin in iets hartigs, ...": the sender's wish.
                return question ? score.AddOffer(1.5) : score.AddRequest(2);
            case "blij" or "fijn" or "gelukkig" when t.Near(i, 4, 0, "zou", "zouden", "zal") && t.Near(i, 0, 3, "met", "als"):
                return score.AddRequest(2);
        }

        return score;
    }
}
