namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Inflections and spelling variants of the words the recognisers look for, each mapped to one
/// canonical form ("kookt", "gekookt" and "kookte" are all "koken").
/// </summary>
internal static class WordForms
{
    public static readonly (string Surface, string Canonical)[] All = LexiconText.Groups("""
        een = 'n n
        mijn = m'n mn
        even = effe ff efkes
        aanschuiven = aanschuif aanschuift aangeschoven
        schuiven = schuif schuift schoof schoven
        lenen = leen leent leende leenden geleend leenen lenenn
        uitlenen = uitleen uitleent uitleende uitgeleend uitlenen
        bruikleen = bruikleen
        koken = kook kookt kookte kookten gekookt kokkerellen kokkerel kokerellen kookte
        eten = eet at aten gegeten etenn eetje
        meeeten = mee-eten meeeten meeten meeëten
        helpen = helpt hielp hielpen geholpen helpe helluh
        help = help
        hulp = hulpje hulpvraag ondersteuning hulpverzoek
        brengen = breng brengt bracht brachten gebracht
        langsbrengen = langsbreng langsbrengt langsgebracht
        langskomen = langskom langskomt langsgekomen langsgaan langsga
        terugbrengen = terugbreng terugbrengt teruggebracht terugbezorgen
        bezorgen = bezorg bezorgt bezorgd thuisbezorgd thuisbezorgen thuisbrengen thuisgebracht bezorging thuisbezorging
        halen = haal haalt haalde haalden gehaald
        afhalen = afhaal afhaalt afgehaald afhaal
        rijden = rij rijd rijdt reed reden gereden
        bakken = bak bakt bakte bakten gebakken
        maken = maak maakt maakte maakten gemaakt
        geven = geef geeft gaf gaven gegeven
        weggeven = weggeef weggegeven
        delen = deel deelt deelde gedeeld
        meenemen = meegenomen meeneem
        nemen = neem neemt nam genomen
        uitlaten = uitgelaten uitlaat
        voeren = voer voert voerde gevoerd
        oppassen = oppas oppast opgepast
        krijgen = krijg krijgt kreeg kregen gekregen
        repareren = repareer repareert repareerde gerepareerd
        maaien = maai maait maaide gemaaid
        schoonmaken = schoongemaakt
        voorlezen = voorgelezen
        wandelen = wandel wandelt wandelde gewandeld
        rondbrengen = rondbreng rondgebracht
        delen = deel deelt
        ophalen = ophaal ophaalt opgehaald
        zoeken = zoek zoekt zocht zochten gezocht
        nodig = noodzakelijk
        aanbieden = aangeboden aanbod aanbied aanbiedt aanbiedingen
        bieden = bied biedt bood
        gebruiken = gebruik gebruikt
        lusten = lust lustte
        overgebleven = overgeschoten overblijft overblijven overhouden overgehouden restje restjes
        annuleren = annuleer annuleert geannuleerd annulering cancel cancelen
        intrekken = ingetrokken intrek
        afzeggen = afgezegd afzeg
        afmelden = afmeld afgemeld afmelding
        aanmelden = aanmeld aangemeld aanmelding
        uitschrijven = uitgeschreven uitschrijf unsubscribe
        stoppen = stopt gestopt stopte
        stop = stop
        verwijderen = verwijder verwijdert verwijderd wissen wis
        vergeten = vergeet vergat
        bedankt = bedank bedanken bedankje dankbaar
        dank = danke
        dankjewel = dankje dankuwel danku dankjwl dankjewl dankjwel bedanktt thanks thnx thx tnx thank merci
        groeten = groetjes groet gr grtjs grt groetjes groetje groetend
        hallo = hoi hey hee hai hi hello hallootjes hoihoi hallooo heuj hoy
        goedemorgen = goeiemorgen goedemorgen goedenmorgen goeiemorge
        goedemiddag = goeiemiddag goedemiddag goedenmiddag
        goedenavond = goeienavond goedeavond goedenavond goeieavond
        goedendag = goeiedag goededag goedendag
        ja = jaa jaaa jah jep jup yes yep jazeker jawel
        nee = neen nope nein neej
        oke = oké okay okee ok okido okidoki oki okey
        akkoord = akoord
        afgesproken = afgesproke deal
        iemand = iemant iemad
        misschien = mischien misschein
        alstublieft = alsjeblieft astublieft asjeblieft alsublieft
        maaltijd = maaltyd maaltijt maaltijdje maaltijden maaltijdjes maaltyden maaltijdt
        boodschappen = boodschapen boodschappe boodschap boodschappies
        vandaag = vandaag
        morgen = morge
        overmorgen = overmorge
        vanavond = vanavon
        vanmiddag = vanmiddag
        vanochtend = vanochtend
        vanmorgen = vanmorgen
        vannacht = vannacht
        avond = avonds
        middag = middags
        ochtend = ochtends
        morgens = morgens
        nacht = nachts
        weekend = weekeinde weekend
        volgende = volgend komende komend aanstaande aanstaand eerstvolgende eerstkomende
        uur = uurtje uren
        half = halve
        kwart = kwartier
        portie = porties portietje portietjes porsie porsies portie's
        persoon = personen pers
        """).ToArray();
}
