using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// The distress patterns, over one sentence in <see cref="DistressLexicon"/> spelling (lower case, single spaces).
/// "States" hold now whatever else is said ("ik lig op de grond"); "events" may be in the past ("vorige maand gevallen").
/// </summary>
internal static partial class DistressPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?:(?:ik|we|wij|je|jij|u|hij|ze|zij) (?:wil|wou|zou|hoop|wil gewoon|wilde)|wil|wou)(?: \S+){0,3} (?:niet|nooit) meer (?:leven|verder|bestaan|wakker|hier zijn|er zijn)\b|\bwil (?:\S+ ){0,2}(?:dood|sterven|doodgaan|dood gaan)\b|\bzelfmoord\b|\bzelfdoding\b|\beind(?:e)? aan (?:mijn |m'n |het |zijn |haar )?(?:leven )?(?:maken|te maken|gemaakt|maak)\b|\b(?:mijn|het) leven (?:beeindigen|nemen)\b|\b(?:mezelf|mijzelf) (?:iets |wat )?(?:aandoen|aan doen|aan te doen|van kant maken|van kant te maken|ophangen|doden|verdrinken)\b|\bzie het (?:\S+ ){0,2}niet meer zitten\b|\bheeft (?:allemaal |echt |voor mij |het )?geen zin meer$|\bleven heeft (?:\S+ )?geen zin\b|\bgeen (?:zin|reden) (?:meer )?om (?:verder )?(?:te )?leven\b|\bwas ik (?:maar )?dood\b|\bliever dood\b|\b(?:voor de trein|van de brug|van de flat|van het balkon|van het dak|van een flat) (?:\S+ )?(?:springen|spring)\b|\bwil er (?:\S+ )?niet meer zijn\b|\bniemand (?:zou|zal) (?:me|mij) missen\b|\bpillen (?:\S+ )?(?:gespaard|verzameld|opgespaard)\b|\bgeen uitweg\b|\bafscheidsbrief\b|\blevensmoe\b|\bmoe van het leven\b|\bklaar met (?:het |mijn )?leven\b|\bvoltooid leven\b|\bik kan (?:het )?(?:echt |gewoon |zo |allemaal )?niet meer(?: verder| aan)?$|\bkan (?:\S+ )?niet meer verder\b|\b(?:bel|bellen|gebeld) (?:\S+ )?113\b", Options)]
    public static partial Regex SelfHarm();

    [GeneratedRegex(@"\b(?:reageert|reageren|reageerde) (?:niet|nergens|nauwelijks|amper)\b(?! (?:meer )?op (?:\S+ ){0,2}(?:bericht|berichten|berichtje|berichtjes|app|appje|appjes|sms|sms'je|smsje|mail|mailtje|mails|email|vraag|vragen|aanbod|oproep|verzoek|aanvraag|reactie|bod|advertentie)\b)|\bbewusteloos\b|\bbuiten bewustzijn\b|\bbewustzijn (?:verloren|kwijt)\b|\bniet (?:meer )?aanspreekbaar\b|\b(?:wordt|word|werd) niet (?:meer )?wakker\b|\bkrijg (?:\S+ ){1,2}niet (?:meer )?wakker\b|\bademt (?:niet|nauwelijks|amper)\b|\bgeen (?:hartslag|pols|ademhaling)\b|\bin elkaar (?:gezakt|gezakt|zakt|zakte)\b|\bzakte in elkaar\b|\bligt (?:\S+ ){0,2}dood\b|\blijkt (?:\S+ )?dood\b|\b(?:hij|ze|zij) is (?:\S+ )?dood\b|\bdoet (?:de deur )?niet (?:meer )?open\b|\bdagen niet (?:meer )?(?:gezien|gehoord|gesproken)\b", Options)]
    public static partial Regex Unresponsive();

    [GeneratedRegex(@"\bflauwgevallen\b|\bflauw (?:gevallen|geworden)\b|\bflauwte\b", Options)]
    public static partial Regex Fainted();

    [GeneratedRegex(@"\b(?:krijg|krijgt|krijgen|kreeg)(?: \S+){0,2} (?:geen|nauwelijks|amper|bijna geen|moeilijk|slecht|weinig|niet genoeg|niet)(?: \S+)? (?:lucht|adem)\b|\b(?:ik|hij|ze|zij) (?:heb|heeft|had) (?:\S+ )?geen (?:lucht|adem)\b|^(?:\S+ ){0,2}geen (?:lucht|adem)(?: meer)?$|\bkan (?:\S+ ){0,2}?(?:niet|nauwelijks|amper|moeilijk|slecht|bijna niet)(?: meer)?(?: goed)? (?:ademen|ademhalen|adem halen)\b|\bademt (?:heel |erg |zo )?(?:moeilijk|zwaar|raar|snel|slecht|piepend|oppervlakkig)\b|\bkrijg(?:t|en)? het (?:\S+ )?benauwd\b|\bnaar (?:lucht|adem) (?:happen|hapt|hap|snakken|snakt|snak)\b|\b(?:happen|hapt|hap|snakken|snakt|snak) naar (?:lucht|adem)\b|\bademnood\b|\bstikken\b|\bik stik\b|\bstikt\b|\bverstikk?\w*\b|\b(?:ben|voel me|voelt zich|word|wordt|erg|heel|zo|echt|ontzettend|vreselijk|ineens|opeens|steeds) benauwd\b(?! (?:weer|warm|voor|dat|om|buiten|binnen)\b)|\b(?:heb|heeft|had) het (?:\S+ )?benauwd\b|\b(?:erg|heel|zo|ineens|opeens|ontzettend|steeds|vreselijk) kortademig\b|\bverslikt (?:\S+ ){0,3}(?:lucht|adem)\b", Options)]
    public static partial Regex Breathing();

    [GeneratedRegex(@"(?<!\bgeen (?:\S+ )?)\b(?:pijn|druk|steek|steken|kramp|strak gevoel|beklemd gevoel|beklemmend gevoel|knellend gevoel|zwaar gevoel) (?:op|in|aan|rond|bij) (?:de|mijn|zijn|haar|het|hun) (?:borst|borstkas|hart)\b|(?<!\bgeen )\bborstpijn\b|\bhart (?:doet|deed) (?:zo |veel |erge |heel )?pijn\b|\bbeklemmend\b|\bpijn (?:in|op) (?:mijn |de )?(?:borst|linkerarm) en (?:mijn |de )?(?:arm|kaak|borst)\b", Options)]
    public static partial Regex ChestPain();

    [GeneratedRegex(@"\bhartaanval\b|\bhartinfarct\b|\bhartstilstand\b|\binfarct\b", Options)]
    public static partial Regex HeartAttack();

    [GeneratedRegex(@"(?<!\b(?:geen|kaars|kaarsen|lamp|licht|lampje|kachel|haard|oven|zon|maag|keel|huid|ogen|wond|pit|gaspit|fornuis|verwarming) )\bbrand\b(?! (?:wonden|wond|stof|verzekering|oefening|blusser|kraan)\b)|\bbrandweer\b|\b(?:staat|stond) (?:\S+ ){0,2}in (?:de )?(?:brand|fik)\b|\bin de fik\b|\bvlammen\b|\bvlam in de pan\b", Options)]
    public static partial Regex FireEvent();

    [GeneratedRegex(@"\bruik (?:\S+ ){0,2}(?:rook|gas|brandlucht|gaslucht|schroeilucht|branden)\b|\bgaslucht\b|\bgaslek\b|\bbrandlucht\b|\b(?:veel|overal|dikke|zwarte|zoveel) rook\b|\brook (?:in|uit) (?:de|het|mijn|huis)\b|\b(?:rookmelder|brandmelder|brandalarm|rookalarm|co melder|koolmonoxidemelder) (?:gaat|ging|loopt|is afgegaan|slaat)\b|\bkoolmonoxide\b", Options)]
    public static partial Regex FireState();

    [GeneratedRegex(@"\bbloed\b(?!(?: \S+){0,2} (?:prikken|prik|geprikt|afnemen|afgenomen|afname|onderzoek|onderzoeken|uitslag|uitslagen|waarden|waardes|test|testen|geven|doneren|gedoneerd|donor|bank|laten)\b)|\bbloeden\b|\b\w*bloeding\b|\bbloedend\w*\b|\b(?:me|mij|mezelf|mijzelf|zich) (?:\S+ )?(?:gesneden|snijwond)\b|\b(?:diepe|open|grote) (?:snij)?wond\b", Options)]
    public static partial Regex Bleeding();

    [GeneratedRegex(@"(?<!\b(?:in slaap|in de smaak|wal en schip|zwaar|tegen|mee|stil|in het water|goed|prooi|uit de lucht|in (?:sommige|beide|die|deze|veel|vele|alle|de meeste|bepaalde|zulke|ernstige|uitzonderlijke|enkele|andere|dergelijke|welke|geen|voorkomende|zo'n|twee|drie)|(?:niet|nooit|bijna|haast)(?: (?:echt|gelukkig|meer|nog|eens|zelf|zomaar|hard))?) )\b(?:gevallen|neergevallen|gestruikeld|uitgegleden|onderuitgegaan|onderuit gegaan)\b(?<!keuze (?:\S+ ){0,4}gevallen)|\bval (?:\S+ )?gemaakt\b|\blelijke val\b", Options)]
    public static partial Regex FallEvent();

    [GeneratedRegex(@"\bkan (?:\S+ ){0,3}?(?:niet|niks|nergens)(?: meer)?(?: \S+)?(?: zelf)? (?:opstaan|overeind|omhoog|bewegen|opkomen|rechtop)\b|\b(?:kom|komt|kwam|krijg|krijgt|kreeg) (?:\S+ ){0,2}?niet(?: meer)? (?:overeind|omhoog|rechtop|op$|van de (?:grond|vloer))|\bkan (?:\S+ ){0,2}niet (?:meer )?van de (?:grond|vloer)\b|\b(?:lig|ligt|liggen|lag|ligge)\b(?: \S+){0,4} op de (?:grond|vloer|stoep|straat|badkamervloer|keukenvloer|tegels)\b|\b(?:kom|kan|krijg) (?:\S+ ){0,3}niet (?:meer )?uit (?:het |de |mijn )?(?:bad|badkuip|bed|stoel)\b|\bbad\b(?: \S+){0,4} kom (?:er )?niet (?:meer )?uit\b|\b(?:zit|zitten|zat) vast (?:in|op) (?:bad|het bad|de badkuip|de wc|het toilet|de grond)\b", Options)]
    public static partial Regex FallState();

    [GeneratedRegex(@"\b(?:niet|niks|niets|nauwelijks|amper|nog niet|niet meer|niks meer|niets meer)(?: \S+)? (?:gegeten|gedronken|eten gehad|te eten gehad|eet|drinkt|eten|drinken)\b(?! (?:maken|koken|halen|brengen|klaarmaken|bereiden|klaar|kopen|doen|koken)\b)|\bgeen (?:eten|drinken|hap|voedsel)\b|\b(?:eet|drinkt|at) (?:\S+ ){0,3}(?:niet|niks|niets|nauwelijks|amper)(?: meer)?$", Options)]
    public static partial Regex NotEatingWords();

    [GeneratedRegex(@"\b(?:dagen|weken|week|sinds|gisteren|eergisteren|twee dag|drie dag|al lang|tijden|etmaal|48 uur|24 uur)\b", Options)]
    public static partial Regex SeveralDays();

    [GeneratedRegex(@"(?<!\b(?:niet|geen|nooit|minder) )\b(?:duizelig|draaierig|licht in het hoofd)\b|\bzwart voor (?:mijn |de )?ogen\b|\bvoel(?:t)? (?:me|mij|zich) (?:(?:zo|heel|erg|echt|ontzettend|vreselijk|verschrikkelijk|enorm|super|hartstikke|ook|helemaal) ){1,3}(?:ziek|beroerd|slecht|ellendig|naar|niet goed)\b|\b(?:(?:zo|heel|erg|echt|ontzettend|vreselijk|verschrikkelijk|enorm) ){2,}ziek\b|\bzo ziek\b|\bdood ?ziek\b|\b(?:zoveel|zo veel|heel veel|ontzettend veel|vreselijk veel|verschrikkelijk veel|ondraaglijk|ondraaglijke|vreselijke|verschrikkelijke|hevige|enorme|ontzettende|helse|zo'n|zon) pijn\b|\bbel (?:\S+ )?(?:ambulance|ziekenwagen|dokter|huisarts|huisartsenpost|politie|brandweer)\b|\b(?:bel|bellen|belt|gebeld) (?:\S+ ){0,2}112\b|\b112 (?:\S+ ){0,2}(?:bellen|gebeld)\b|\b(?:noodgeval|noodsituatie|spoedgeval|sos|mayday|noodhulp)\b|\bin nood\b|\bdringend (?:\S+ )?(?:hulp|help)(?>(?: nodig)?)(?! (?:met|bij|voor|om|in|aan|van|als|omdat|bij het)\b)|\bkom (?:alsjeblieft |alstublieft |aub |nu )?(?:snel|meteen|direct|gauw|nu alsjeblieft|nu alstublieft)\b|\b(?:ingebroken|inbreker|inbrekers|bedreigd|bedreigt|mishandeld|mishandelt|overvallen|aangevallen)\b|\b(?:slaat|sloeg|schopt|schopte) (?:me|mij)\b|\bben (?:zo |heel |erg |echt |ontzettend |vreselijk )?bang\b(?! (?:dat|om|voor|van|als|te)\b)|\bdoodsbang\b|\bweet (?:\S+ )?niet (?:meer )?waar (?:ik|ze|hij|zij) (?:ben|is)\b|\b(?:ineens|opeens|plotseling|heel erg|zo erg|helemaal) in de war\b|\bverdwaald\b|\b(?:vermist|weggelopen)\b|\bte veel (?:pillen|medicijnen|medicatie|tabletten|slaappillen|insuline)\b|\boverdosis\b|\bvergiftig\w*\b|\bhypo\b|\bsuiker (?:is )?(?:te |heel |erg |veel te )?laag\b|\bepileptische aanval\b|\binsult\b|\bpraat (?:ineens |opeens )?(?:raar|onduidelijk|met dubbele tong|dubbel)\b|\bscheve mond\b|\bmond (?:hangt|is) scheef\b|\b(?:ineens|opeens|plotseling|plots)\b(?: \S+){0,6} (?:verlamd|verlamming|slap|kan (?:\S+ )?(?:niet|nauwelijks) (?:meer )?(?:praten|spreken|bewegen|lopen|staan|zien))\b|\bonderkoeld\b", Options)]
    public static partial Regex GenericState();

    [GeneratedRegex(@"\b(?:ambulance|ziekenwagen|traumaheli|traumahelikopter)\b|\b(?:beroerte|herseninfarct|tia)\b|\bongeluk (?:gehad|gebeurd|gekregen)\b|\b(?:een|n) ongeluk\b(?<!per (?:een |n )?ongeluk)|\baangereden\b|\b(?:inbraak|overval)\b", Options)]
    public static partial Regex GenericEvent();

    [GeneratedRegex(@"\b(?:vorige|vorig|afgelopen) \S+|\bgeleden\b|\blaatst\b|\bonlangs\b|\bsinds (?:haar|zijn|mijn|de|het|een|die|hun|jaren|maanden|weken|vorige|vorig|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\bdestijds\b|\btoen\b|\bvroeger\b|\bin het verleden\b|\bin (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\bna (?:haar|zijn|mijn|de|een|hun|die|het) \S+|\bherstel\w*|\brevalid\w*|\buit het ziekenhuis\b|\bziekenhuis (?:ontslagen|thuis)\b|\bheup gebroken\b|\bgebroken heup\b|\bwas er\b|\ber was\b|\bheeft (?:\S+ ){0,3}gehad\b|\bhad (?:\S+ ){0,3}gehad\b", Options)]
    public static partial Regex PastMarker();

    /// <summary>Yesterday, or "het gaat wel": excuses a fall or an ambulance only when the message calmly asks for something.</summary>
    [GeneratedRegex(@"\b(?:gisteren|eergisteren|gisteravond|gistermiddag|gisterochtend|gisternacht)\b|\bhet gaat (?:\S+ )?(?:wel|goed)\b|\b(?:niks|niets) (?:ernstigs|gebroken|aan de hand)\b|\bvalt (?:wel )?mee\b", Options)]
    public static partial Regex RecentOrReassured();

    /// <summary>A calm request: "kan iemand boodschappen doen", "graag een maaltijd".</summary>
    [GeneratedRegex(@"\b(?:kan|kunt|wil|zou|heeft|wie) (?:\S+ ){0,2}(?:iemand|u|jullie)\b|\biemand die\b|\bgraag\b|\bnodig (?:met|bij|voor)\b|\b(?:boodschappen|maaltijd|maaltijden|eten|koken|lenen|rijden|brengen|halen|uitlaten|vervoer|gezelschap)\b", Options)]
    public static partial Regex CalmRequest();

    [GeneratedRegex(@"\b(?:net|zojuist|zonet|daarnet|weer|opnieuw|alweer|vannacht|vanochtend|vanmorgen|vandaag|vanavond|vanmiddag|nu|just|nou)\b", Options)]
    public static partial Regex PresentMarker();
}
