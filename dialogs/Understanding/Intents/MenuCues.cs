namespace BuurtBot.Dialogs.Understanding;

/// <summary>Questions about the bot itself: "help", "menu", "?", "wat kan ik vragen", "hoe werkt dit".</summary>
internal static class MenuCues
{
    /// <summary>2: the message is only "help", "menu", "?"...; 1: it asks what the bot can do ("wat kan ik vragen"); 0: neither.</summary>
    public static int Menu(TokenizedText t)
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
}
