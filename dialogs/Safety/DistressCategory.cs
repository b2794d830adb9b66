namespace BuurtBot.Dialogs.Safety;

/// <summary>Why a message reads as distress, declared most urgent first: when a message says several, the first wins.</summary>
public enum DistressCategory
{
    /// <summary>Thoughts of suicide or of harming oneself ("ik wil niet meer leven").</summary>
    SelfHarm,

    /// <summary>Someone does not respond, is unconscious or has fainted ("mijn moeder reageert niet").</summary>
    Unresponsive,

    /// <summary>Cannot breathe, choking, very short of breath ("ik krijg geen lucht").</summary>
    Breathing,

    /// <summary>Chest pain, a heart attack ("pijn op de borst").</summary>
    ChestPain,

    /// <summary>Fire, smoke, a gas smell ("er is brand").</summary>
    Fire,

    /// <summary>Bleeding or a deep cut ("ik bloed").</summary>
    Bleeding,

    /// <summary>A fall now, or lying on the floor unable to get up ("ik ben gevallen en kan niet opstaan").</summary>
    Fall,

    /// <summary>Days without food or drink ("al twee dagen niet gegeten").</summary>
    NotEating,

    /// <summary>Any other emergency: "HELP!!!", dizziness, a stroke, an intruder, "bel 112".</summary>
    GenericEmergency,
}
