using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Things neighbours lend each other, in the singular. Plurals and diminutives are derived by
/// rule (<see cref="DutchSingularizer"/>); compounds ending in one of these ("accuboormachine")
/// are recognised by their head.
/// </summary>
internal static class ItemWords
{
    public static readonly FrozenSet<string> All = LexiconText.Words("""
        ladder trap trapje keukentrap huishoudtrap vouwladder schuifladder reformladder rolsteiger steiger
        boormachine boor accuboor accuboormachine klopboor klopboormachine schroefmachine accuschroefmachine
        schroevendraaier hamer moker zaag handzaag decoupeerzaag cirkelzaag kettingzaag afkortzaag
        schuurmachine slijper haakseslijper waterpas rolmaat duimstok tang nijptang combinatietang
        moersleutel steeksleutel ringsleutel dopsleutelset dopsleutel inbussleutel
        breekijzer koevoet beitel vijl lijmklem lijmtang lijmpistool kitpistool kitspuit
        soldeerbout multimeter spanningzoeker stroomzoeker stofzuiger bouwstofzuiger
        gereedschap gereedschapskist gereedschapskoffer werkbank bouwlamp looplamp zaklamp hoofdlamp
        verlengsnoer haspel kabelhaspel stekkerdoos verdeeldoos
        tegelsnijder tegelzaag behangtafel stoomapparaat behangstomer verfroller roller kwast verfspuit
        plamuurmes troffel emmer specie mortelkuip betonmolen
        aanhanger aanhangwagen kar bolderkar bolderwagen steekwagen steekkar steekkarretje trolley kruiwagen
        verhuisdoos verhuiswagen busje bus bestelbus auto fietsendrager dakdrager dakkoffer imperiaal
        krik startkabel fietspomp pomp compressor kompressor
        grasmaaier heggenschaar snoeischaar takkenschaar bladblazer bladzuiger grastrimmer trimmer
        bosmaaier verticuteermachine verticuteerder hark bladhark schep spade schop schoffel tuinslang
        tuinsproeier sproeier gieter hogedrukreiniger karcher versnipperaar houtversnipperaar
        kettingzaag zaagbok sneeuwschuiver sneeuwschep strooizout
        partytent tent statafel klaptafel tafel stoel klapstoel tuinstoel tuintafel kampeerstoel
        kampeertafel parasol luifel barbecue bbq gasbarbecue grill gourmetstel gourmetset gourmet fondueset fondue
        wafelijzer tosti-ijzer tostiijzer pannenkoekenpan poffertjespan braadpan snelkookpan wok
        pan kookpan soeppan koekenpan ovenschaal keukenmachine foodprocessor mixer staafmixer blender
        airfryer slowcooker rijstkoker waterkoker koffiezetapparaat percolator koffiekan thermoskan
        koelbox koelkast vriezer vrieskist magnetron oven
        luchtbed veldbed logeerbed kinderbed campingbed slaapzak matras
        beamer projector scherm projectiescherm speaker luidspreker microfoon versterker
        laptop tablet printer scanner camera fotocamera videocamera statief verrekijker
        rolkoffer koffer reistas weekendtas rugzak tas
        rolstoel rollator looprek kruk douchestoel douchekruk toiletverhoger postoel badlift tillift
        scootmobiel driewieler loophulp
        kinderwagen buggy wandelwagen kinderstoel box kinderbox reiswieg wieg autostoel autostoeltje
        maxi-cosi maxicosi kinderfietsje fietsstoeltje babyfoon
        fiets bakfiets e-bike ebike tandem fietskar fietstas fietsslot slot
        naaimachine strijkijzer strijkplank stoomstrijkijzer droogrek wasrek wasmachine droger
        tapijtreiniger stoomreiniger ontvochtiger luchtontvochtiger luchtbevochtiger
        kachel heater ventilator airco straalkachel terrasverwarmer
        puzzel legpuzzel spel spelletje gezelschapsspel boek kookboek
        gitaar keyboard piano
        sneeuwketting skibox sleeptouw
        koelbox picknickmand picknickset servies bestek glas wijnglas bord kopje
        kerstboomstandaard kerstverlichting lichtsnoer slinger
        bandenlichter lijm nietmachine perforator
        accu lader acculader oplader powerbank
        zeef vergiet maatbeker weegschaal deegroller taartvorm springvorm bakvorm
        slijptol hogedrukspuit behangafstomer ontstopper plaatzaag ijzerzaag figuurzaag lasapparaat bandenpomp
        nietpistool tacker spijkerpistool stoomcleaner verfkrabber feesttent springkussen racletteset
        ijsmachine broodbakmachine pastamachine frituurpan friteuse contactgrill kinderfiets loopfiets step slee
        lockmachine fietsaanhanger bench hondenbench reiskooi elleboogkruk ziekenhuisbed hoog-laagbed traphekje
        reisbedje wipstoel kampeerbed loep vergrootglas kinderzitje fietszitje autozitje
        """).ToFrozenSet(StringComparer.Ordinal);
}
