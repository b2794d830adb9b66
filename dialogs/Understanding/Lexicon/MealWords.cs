using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Words that put a message about a meal: meal nouns, and a broad list of dishes people cook.</summary>
internal static class MealWords
{
    /// <summary>Nouns for a meal itself.</summary>
    public static readonly FrozenSet<string> MealNouns = LexiconText.Words("""
        maaltijd avondeten avondmaaltijd middageten middagmaal avondmaal warmeten prak prakje hap hapje
        portie bord bordje pannetje bakje diner lunch etentje eten kliekje kliekjes
        soepje maaltje maaltjes
        """).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Dishes and foods: naming one says the message is about food.</summary>
    public static readonly FrozenSet<string> Dishes = LexiconText.Words("""
        stamppot hutspot boerenkool zuurkool andijvie andijviestamppot boerenkoolstamppot
        soep erwtensoep snert groentesoep kippensoep tomatensoep bouillon linzensoep pompoensoep uiensoep
        preisoep aspergesoep champignonsoep mosterdsoep goulashsoep bonensoep maaltijdsoep
        lasagne lasagna spaghetti macaroni pasta penne tagliatelle ravioli tortellini cannelloni gnocchi
        nasi bami rijst rijsttafel curry kerrie stoofpot stoofvlees hachee goulash chili ovenschotel
        schotel quiche pizza pannenkoek pannenkoeken poffertjes gehaktbal gehaktballen balletjes frikadel
        kip kipfilet kippenpoot drumstick vis zalm kabeljauw tilapia pangasius vissticks kibbeling
        aardappel aardappelen aardappels piepers puree groente groenten rodekool bloemkool broccoli
        spruitjes sperziebonen boontjes witlof prei spinazie bietjes bieten wortelen worteltjes
        sla salade couscous tajine roti sate saté loempia ratatouille risotto paella wraps burrito
        tortilla taco's nachos rendang fuyonghai mihoen
        shoarma kapsalon burger hamburger vegaburger biefstuk slavink speklap speklapjes karbonade
        schnitzel rollade rosbief rundvlees varkensvlees gehakt worst rookworst braadworst
        kroket kroketten frikandel patat friet frietjes appelmoes stoofpeertjes rijstepap pap havermout
        appeltaart taart cake toetje dessert vla pudding yoghurt griesmeelpudding
        tosti tosti's broodje broodjes sandwich omelet
        linzen dahl dal falafel hummus noedels wokschotel roerbak moussaka bobotie
        quinoa borsjt kapucijners bonen
        zuurkoolschotel jachtschotel preischotel ovenpasta macaronischotel
        lasagnes tajines stoofschotel hutspotje stamppotje
        groentetaart taart bladerdeeg pastei pasteitje pasteitjes vol-au-vent ragout
        kerriesoep mulligatawny rijstschotel nasischotel bamischotel sushi dumplings
        gehaktbrood draadjesvlees sudderlapjes kippendij kippenbouten kalkoen kerstdiner kerstmaaltijd minestrone
        pannekoek pannekoeken pindasoep shakshuka gado-gado gadogado saucijzenbroodje griesmeel kipkerrie
        pho udon laksa padthai biryani korma masala tandoori kebab kofte pide lahmacun borek dolma gyoza bapao
        dimsum soto babi enchilada enchiladas quesadilla zuurvlees slavinken wentelteefjes oliebollen appelflappen
        nasischotel bamischotel kapucijnerschotel kipsate kippensate zuurkoolstamppot
        """).ToFrozenSet(StringComparer.Ordinal);
}
