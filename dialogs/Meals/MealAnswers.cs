using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Meals;

/// <summary>How the answers to the meal questions are read.</summary>
internal static class MealAnswers
{
    public static PromptRecognition<DateOnly> Day(ITurnContext turn) =>
        TurnUnderstanding.Of(turn, ParseHint.Meal).Date is { } date ? PromptRecognition<DateOnly>.Of(date) : default;

    public static PromptRecognition<int> Portions(ITurnContext turn) =>
        DutchNumberRecognizer.Recognize(turn.Activity.Text) is { } number ? PromptRecognition<int>.Of(number) : default;

    /// <summary>Diet wishes, or none: "nee", "geen", "ik eet alles" mean an empty list.</summary>
    public static PromptRecognition<IReadOnlyList<Diet>> Diets(ITurnContext turn)
    {
        var parsed = TurnUnderstanding.Of(turn, ParseHint.Meal);
        if (parsed.DietMentioned)
        {
            return PromptRecognition<IReadOnlyList<Diet>>.Of(parsed.Diets);
        }

        var normalized = DutchVocabulary.Normalize(turn.Activity.Text);
        var none = DutchConfirmRecognizer.Recognize(turn.Activity.Text) == false
            || normalized is "geen" or "geen wensen" or "niets" or "niks" or "alles" or "maakt niet uit" or "nee geen" or "geen dieet";
        return none ? PromptRecognition<IReadOnlyList<Diet>>.Of([]) : default;
    }

    /// <summary>True: bring it; false: picked up. "halen"/"ophalen"/"1" or "brengen"/"bezorgen"/"2".</summary>
    public static PromptRecognition<bool> Delivery(ITurnContext turn)
    {
        var normalized = DutchVocabulary.Normalize(turn.Activity.Text);
        bool? answer = normalized switch
        {
            "1" or "halen" or "ophalen" or "zelf halen" or "ik haal het" or "haal het op" or "ik kom het halen" => false,
            "2" or "brengen" or "bezorgen" or "graag brengen" or "thuis" or "gebracht" or "langs brengen" => true,
            _ => TurnUnderstanding.Of(turn, ParseHint.Meal).Delivery,
        };
        return answer is { } value ? PromptRecognition<bool>.Of(value) : default;
    }
}
