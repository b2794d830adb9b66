using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Offers;

/// <summary>The patterns <see cref="PriceRecognizer"/> reads prices with.</summary>
public static partial class PriceRecognizer
{
    private const string Number = @"(?<digits>\d{1,4}(?:[.,]\d{1,2})?)";

    private const string PerPortionWords = @"(?:per|de|het|voor een|p/?) ?(?:portie|persoon|pers|bord|bordje|bakje|bak|maaltijd|stuk|bord|prak|pp)\b|p\.?\s?p\b\.?|pp\b|p/p\b|per stuk\b|het stuk\b|ieder\b|elk\b|per keer\b";

    [GeneratedRegex(@"€\s*" + Number + @"(?:\s*,-)?|" + Number + @"\s*(?:,-\s*)?(?:€|euro(?:'s|s)?\b|eur\b|euri\b|pieken\b|piek\b)|" + Number + @"\s*,-|(?<digits>\d{1,3})\s*(?<cent>cent)\b|\b(?<words>een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|halve|anderhalve)\s+euro(?:'s|s)?\b(?:\s+(?<centwords>vijftig|vijfentwintig|vijfenzeventig|tien|twintig|dertig|veertig|zestig|zeventig|tachtig|negentig|\d{2})\b(?!\s*(?:uur|porties|portie|minuten)))?|\b(?:een\s+)?(?<slang>tientje|tiennetje|joet|vijfje|knaak|rijksdaalder)\b|(?<=\b(?:prijs|kost|kosten|kostprijs|bijdrage van|vergoeding van|voor)\s*:?\s*)" + Number + @"(?=\s*(?:" + PerPortionWords + @"))|(?<=\b(?:prijs|kost|kosten|kostprijs|bijdrage van|vergoeding van)\s*:?\s*)" + Number + @"(?!\s*(?:uur|porties|portie|personen|minuten|stuks|:|\.\d|u\b))|" + Number + @"(?=\s*(?:" + PerPortionWords + @"))(?<!\d[.:]\d\d(?=\s*uur))", Options)]
    private static partial Regex Money();

    [GeneratedRegex(@"^\s*(?:,-)?\s*(?:euro(?:'s|s)?\s*)?(?:" + PerPortionWords + @")", Options)]
    private static partial Regex PerPortion();

    [GeneratedRegex(@"^\s*(?:,-)?\s*(?:euro(?:'s|s)?\s*)?(?:in totaal\s*|totaal\s*|samen\s*)?(?:voor|à|a)\s+(?:de\s+|alle\s+|die\s+)?(?<n>\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:porties|portie|bakjes|bakje|borden|maaltijden|maaltijd|personen|persoon)\b", Options)]
    private static partial Regex ForPortions();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:porties|portie|bakjes|borden|maaltijden)\s*(?:kosten|kost|voor|à|a|=|:)\s*(?:samen\s*|in totaal\s*)?$", Options)]
    private static partial Regex PortionsFor();

    [GeneratedRegex(@"\b(?:in totaal|totaal|samen|alles samen|voor alles|voor allemaal|voor de hele pan|voor de pan|alles bij elkaar)\b", Options)]
    private static partial Regex Total();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:porties|portie|bakjes|maaltijden)\b", Options)]
    private static partial Regex AnyPortions();

    [GeneratedRegex(@"(?<!\bniet\s)(?<!\bniet\s(?:helemaal|echt)\s)\b(?:gratis|kosteloos|voor\s+niks|voor\s+niets|voor\s+noppes|voor\s+nop|om\s+niet|geen\s+kosten|(?:kost|kosten)\s+(?:\S+\s+)?(?:niks|niets|nix)|(?:hoeft|hoef|hoeven)(?:\s+\S+){0,3}\s+(?:niks|niets|nix|niet)(?:\s+(?:voor|er|ervoor|iets))?\s+(?:te\s+)?(?:betalen|kosten)|(?:niks|niets)\s+(?:te\s+)?betalen|betalen\s+hoeft\s+niet|geen\s+geld|op\s+mijn\s+kosten|van\s+mij)\b(?!\s+(?:aan|mis))", Options)]
    private static partial Regex FreeWords();

    [GeneratedRegex(@"\b(?:vergoeding|bijdrage|kostprijs|tegen\s+betaling|onkosten|donatie|fooi|paar\s+euro|paar\s+centen|wat\s+(?:je|u)\s+(?:wilt|wil)\s+(?:geven|betalen)|kost\s+(?:wel\s+)?iets|niet\s+gratis|betalen\s+(?:voor|wat)|ingredi[eë]nten\s+(?:betalen|vergoeden))\b", Options)]
    private static partial Regex SomePayment();
}
