namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Everyday Dutch words that carry no field by themselves. They are known words, so a typo
/// corrector never turns them into something they are not ("kamer" is not "hamer").
/// </summary>
internal static class CommonWords
{
    public static readonly string[] All = LexiconText.Words("""
        de het een 't 'n der des den te ter ik jij je u hij zij ze wij we jullie zijn mijn m'n mn jouw uw zijn haar
        ons onze hun hen mij me hem mezelf zichzelf elkaar zelf die dat deze dit wat wie waar wanneer hoe
        waarom welke welk hoeveel en of maar want dus toch ook nog al wel niet geen nooit soms vaak altijd
        even eens net pas zo zoals als dan toen omdat doordat terwijl tenzij hoewel zodat voordat nadat
        in op aan bij met voor van naar om uit tot tegen onder boven achter naast tussen door zonder na
        sinds vanaf langs rond rondom binnen buiten via per richting
        er hier daar ergens nergens overal daarna daarvoor daarmee daarom hierbij hiervoor erbij ervoor
        is ben bent zijn was waren wees geweest word wordt worden werd werden geworden
        heb hebt heeft hebben had hadden gehad kan kun kunt kunnen kon konden gekund
        wil wilt willen wou wilde wilden gewild zal zult zullen zou zouden mag mogen mocht mochten
        moet moeten moest moesten hoef hoeft hoeven hoefde doe doet doen deed deden gedaan
        ga gaat gaan ging gingen gegaan kom komt komen kwam kwamen gekomen zie ziet zien zag gezien
        weet weten wist geweten denk denkt denken dacht vind vindt vinden vond gevonden
        zeg zegt zeggen zei gezegd vraag vraagt vragen vroeg gevraagd laat laten liet gelaten
        maak maakt maken maakte gemaakt sta staat staan stond lig ligt liggen lag zit zitten zat
        woon woont wonen woonde loop lopen liep gelopen lopend werk werkt werken werkte
        bel belt bellen belde gebeld stuur stuurt sturen stuurde app appen
        hoop hoopt hopen wacht wachten wachtte probeer proberen lukt lukken lukte gelukt
        ja nee neen jawel hoor hè he hé toch nou nu zeker natuurlijk misschien graag alstublieft alsjeblieft aub svp pls please
        heel erg zeer best beetje veel weinig meer minder meest meeste genoeg allemaal alles iets niets niks
        iemand iemands niemand iedereen elk elke ieder iedere alle beide ander andere anders
        goed goede goeie slecht beter lekker fijn mooi leuk aardig lief lieve prettig blij
        groot grote klein kleine oud oude nieuw nieuwe jong jonge lang lange kort korte zwaar zware licht lichte
        snel snelle vlug langzaam rustig druk makkelijk moeilijk warm warme koud koude heet vers verse
        eerste tweede derde laatste volgende vorige andere zelfde
        mensen mens man vrouw meneer mevrouw heer dame kind kinderen familie vriend vrienden
        huis thuis deur kamer keuken straat buurt wijk dorp stad flat appartement woning adres
        tijd keer moment dag dagen week weken maand jaar jaren uur uren minuut minuten
        vraag vragen antwoord bericht berichten sms nummer telefoonnummer naam
        probleem probleempje geval zaak ding dingen spullen idee tip tips reden oplossing suggestie adres verjaardag feestje
        feest bruiloft uitje dagje weekje vakantie werk school kerk gezin kinderen kleinkinderen
        sorry excuus excuses jammer helaas gelukkig eigenlijk gewoon echt wel even effe
        oké oke ok prima top super perfect
        eh ehm uh uhm hm hmm ah oh o oei tja nou ja
        hallo hoi dag doei
        kamer kamers vandaar bovendien verder tevens echter alleen samen zelf
        wonen stoep
        ziek ziekte gevallen operatie herstel herstellen revalidatie revalideren heup knie been arm rug
        moeilijk zwaar pijn moe slecht
        alvast vooraf achteraf meteen direct zometeen later vroeg laat vroeger straks zodra
        kosten kost betalen betaal betaald euro euros geld prijs
        gezellig fijne mooie leuke
        lekkere heerlijk heerlijke helemaal vandaan ongeveer normaal normaal meestal gisteravond vanmiddag
        """);
}
