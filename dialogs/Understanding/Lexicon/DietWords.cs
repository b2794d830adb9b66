using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Words that state a diet by themselves ("vegetarisch", "glutenvrij"), and foods whose
/// absence ("geen vlees", "zonder zout") states one. Religion or origin never does.
/// </summary>
internal static class DietWords
{
    public static readonly FrozenDictionary<string, Diet> Positive = LexiconText.FirstWins(LexiconText.Tagged("""
        Vegetarian: vegetarisch vegetarische vegetariër vegetarier vegetariers vega veggie vleesloos vleesloze vegetaries
        Vegan: vegan veganistisch veganistische veganist plantaardig plantaardige veganisten
        Halal: halal
        Kosher: koosjer koosjere kosher kosjer kosjere
        NoPork: varkensvleesvrij
        GlutenFree: glutenvrij glutenvrije coeliakie glutenallergie glutenintolerantie glutenintolerant
        LactoseFree: lactosevrij lactosevrije lactose-intolerant lactoseintolerant lactoseintolerantie zuivelvrij zuivelvrije melkvrij koemelkallergie
        NutFree: notenvrij notenvrije notenallergie pinda-allergie pinda-allergie pindaallergie notenallergisch
        LowSalt: zoutarm zoutarme zoutloos zoutloze natriumarm natriumarme zoutvrij
        Diabetic: diabetes diabeet diabetisch diabetische suikerziekte suikervrij suikervrije suikerarm suikerarme
        Soft: gepureerd gepureerde gemalen fijngemalen vloeibaar slikproblemen kauwproblemen kunstgebit gebitsprothese
        """, Enum.Parse<Diet>));

    /// <summary>"geen X" / "zonder X" / "X-vrij" / "allergisch voor X".</summary>
    public static readonly FrozenDictionary<string, Diet> Avoided = LexiconText.FirstWins(LexiconText.Tagged("""
        Vegetarian: vlees vleesproducten
        Vegan: dierlijk dierlijke dierproducten
        NoPork: varkensvlees varken spek ham varkens
        GlutenFree: gluten tarwe
        LactoseFree: lactose melk zuivel melkproducten koemelk
        NutFree: noten pinda pindas pinda's nootjes
        LowSalt: zout
        Diabetic: suiker suikers
        """, Enum.Parse<Diet>));

    /// <summary>Words that say the diet question is answered with "anything".</summary>
    public static readonly FrozenSet<string> NoWishes = LexiconText.Words("""
        wensen dieet dieetwensen allergieen allergieën allergie bijzonderheden voorkeur voorkeuren beperkingen dieetwens
        """).ToFrozenSet(StringComparer.Ordinal);
}
