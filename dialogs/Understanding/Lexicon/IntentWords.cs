namespace BuurtBot.Dialogs.Understanding;

/// <summary>Words the intent rules look for that no other table lists.</summary>
internal static class IntentWords
{
    public static readonly string[] All = LexiconText.Words("""
        menu opties optie info informatie uitleg instructies status gevonden gereageerd gemeld reactie reacties
        nieuws geregeld opgelost regelen stand prima akkoord klopt correct precies top super uitstekend perfect
        prachtig fijn graag helaas jammer gratis tijd tijdje beschikbaar vrijwilliger vrijwilligerswerk zin leen
        over teveel aanbieden aanbod iemand niemand wie iets nodig zoeken lenen uitlenen koken eten helpen hulp
        mag mogen kunnen willen graag aub gezocht gevraagd aangeboden mee sms'jes smsjes berichten appjes
        liever doe maar zeker vast wel goed gaat lukt kan niet nooit ok sure tuurlijk natuurlijk absoluut
        sorry excuses verhinderd
        """);
}
