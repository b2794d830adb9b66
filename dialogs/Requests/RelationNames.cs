using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Requests;

/// <summary>How to speak of the person a carer writes for: "uw moeder" ... "haar".</summary>
public static class RelationNames
{
    public static (string Noun, string Pronoun) For(OnBehalfOf relation, string? said = null) => said?.ToLowerInvariant() switch
    {
        "moeder" or "mama" or "ma" or "schoonmoeder" or "oma" or "tante" or "zus" or "dochter" or "buurvrouw" or "vriendin" => (said.ToLowerInvariant(), "haar"),
        "vader" or "papa" or "pa" or "schoonvader" or "opa" or "oom" or "broer" or "zoon" or "buurman" or "vriend" => (said.ToLowerInvariant(), "hem"),
        _ => relation switch
        {
            OnBehalfOf.Mother => ("moeder", "haar"),
            OnBehalfOf.Father => ("vader", "hem"),
            OnBehalfOf.Parent => ("ouder", "hem of haar"),
            OnBehalfOf.Grandparent => ("grootouder", "hem of haar"),
            OnBehalfOf.Partner => ("partner", "hem of haar"),
            OnBehalfOf.Neighbour => ("buur", "hem of haar"),
            OnBehalfOf.Friend => ("vriend of vriendin", "hem of haar"),
            _ => ("naaste", "hem of haar"),
        },
    };
}
