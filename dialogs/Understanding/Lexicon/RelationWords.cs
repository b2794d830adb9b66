using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Who someone can be to the sender. Family outside the contract's list is Other.</summary>
internal static class RelationWords
{
    public static readonly FrozenDictionary<string, OnBehalfOf> All = LexiconText.FirstWins(LexiconText.Tagged("""
        Mother: moeder moedertje mama mam mams moeke
        Father: vader vadertje papa pap paps
        Parent: ouders
        Grandparent: opa oma grootvader grootmoeder grootouders opoe opi omi
        Partner: man vrouw echtgenoot echtgenote partner eega wederhelft
        Neighbour: buurman buurvrouw buren buurtgenoot buurtgenote overbuurman overbuurvrouw bovenbuurman bovenbuurvrouw benedenbuurman benedenbuurvrouw buurmeisje buurjongen overburen buurtbewoner
        Friend: vriend vriendin vriendinnetje vriendje
        Other: schoonmoeder schoonvader schoonouders stiefmoeder stiefvader zoon dochter kind kinderen kleinkind kleinzoon kleindochter kleinkinderen tante oom broer zus zuster nicht neef zwager schoonzus schoonzuster schoonzoon schoondochter kennis kennissen collega client cliënt clienten bewoner bewoonster patient patiënt petekind
        """, Enum.Parse<OnBehalfOf>));
}
