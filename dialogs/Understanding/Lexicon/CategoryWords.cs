using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Words that name a kind of help. Places and errands decide over the verb that gets you there:
/// the pharmacy is groceries, the hospital transport ("naar de apotheek rijden" is an errand).
/// Weight 2 is a word that names the help itself, 1 one that only hints at it.
/// </summary>
internal static class CategoryWords
{
    public static readonly FrozenDictionary<string, (HelpCategory Category, int Weight)> All = Build("""
        Groceries 2: boodschappen boodschappenlijst boodschappenlijstje supermarkt apotheek apotheker medicijnen
        Groceries 2: medicatie pillen bakker slager groenteboer markt jumbo lidl aldi albert heijn coop dirk spar
        Groceries 2: inkopen winkel winkelen drogist kruidvat etos hema
        Groceries 1: brood melk pakketje pakket recept plus
        Transport 2: ziekenhuis huisarts dokter tandarts fysio fysiotherapeut fysiotherapie specialist polikliniek poli
        Transport 2: opticien audicien oogarts kaakchirurg dialyse bestraling chemo vervoer taxi lift lifje
        Transport 2: rit ritje station vliegveld schiphol uitvaart begrafenis crematie kerk moskee huisartsenpost
        Transport 2: rijden chauffeur revalidatiecentrum verpleeghuis bejaardenhuis
        Transport 1: afspraak kapper pedicure
        Transport 1: auto brengen ophalen halen
        OddJobs 2: klus klusje klussen klusjesman ophangen lamp schilderij plank dakgoot goot kraan lekkage lekt
        OddJobs 2: gordijn gordijnen gordijnrail rails meubel meubels kast ikea monteren repareren reparatie
        OddJobs 2: boren gaatje schroeven vastschroeven rookmelder batterij lampje peertje stopcontact
        OddJobs 2: zekering afvoer verstopt verstopping behangen schilderen verven scharnier
        OddJobs 2: wesp wespen wespennest wespnest nest muis muizen ratten rat mieren ongedierte
        OddJobs 2: verwarming cv cv-ketel cvketel ketel radiator radiatoren thermostaat boiler geiser wc toilet
        OddJobs 1: deur slot
        OddJobs 2: verhuizen verhuizing verhuizingen tillen sjouwen optillen dozen fietsband plakken lekke
        OddJobs 1: band
        Garden 2: tuin tuintje gras grasmaaien maaien gazon heg haag snoeien onkruid wieden bladeren blad
        Garden 2: harken tuinieren planten plantjes bloemen perk schutting terras boom bomen struik struiken tuinafval groenafval
        Garden 2: moestuin balkon balkonplanten bloembakken
        Company 2: gezelschap eenzaam eenzaamheid praatje kletsen koffie kopje thee wandelen wandeling wandelingetje
        Company 2: ommetje bezoekje voorlezen spelletje kaarten sjoelen rummikub gesprek praten
        Company 2: bezoeken
        Company 1: bezoek
        Company 2: aanspraak kletspraatje
        Digital 2: computer pc laptop tablet ipad telefoon mobiel mobieltje smartphone gsm whatsapp app apps
        Digital 2: digid internet wifi e-mail email mail mailen printer printen scanner videobellen beeldbellen
        Digital 2: facetime skype zoom online bankieren internetbankieren wachtwoord inloggen televisie tv
        Digital 2: zenders ziggo kpn update software foto's fotos facebook instellen installeren iphone samsung
        Paperwork 2: formulier formulieren papieren papierwerk administratie post brief brieven belasting
        Paperwork 2: belastingaangifte aangifte toeslag toeslagen huurtoeslag zorgtoeslag gemeente wmo uwv svb
        Paperwork 2: aow verzekering zorgverzekering rekening rekeningen invullen aanvragen pensioen declaratie
        Paperwork 2: bezwaar belastingdienst kwijtschelding cjib paperassen
        Pets 2: hond honden hondje kat katten poes poezen kater konijn cavia vogel vogels parkiet kanarie
        Pets 2: uitlaten uitlaat kattenbak dierenarts huisdier huisdieren kitten puppy aquarium vissen
        Household 2: schoonmaken poetsen stofzuigen ramen lappen zemen strijken wasgoed afwassen afwas
        Household 2: opruimen verschonen dweilen huishouden huishoudelijk vuilnis vuilniszak kliko container
        Household 2: vuilnisbak afvalbak vuilnisbakken minicontainer
        Household 2: prullenbak badkamer sopje stoffen schoonmaak wasje ramenlappen bedden
        """);

    private static FrozenDictionary<string, (HelpCategory, int)> Build(string text)
    {
        var map = new Dictionary<string, (HelpCategory, int)>(StringComparer.Ordinal);
        foreach (var (word, value) in LexiconText.Tagged(text, Parse))
        {
            map.TryAdd(word, value);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static (HelpCategory, int) Parse(string tag)
    {
        var parts = tag.Split(' ');
        return (Enum.Parse<HelpCategory>(parts[0]), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
