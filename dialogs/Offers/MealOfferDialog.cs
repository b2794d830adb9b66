using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Offers;

/// <summary>
/// A cook offers meals ("Ik kook donderdag 4 porties stamppot, 4 euro per portie"): the bot asks only what is
/// missing (day, portions, brought or picked up), confirms, and keeps the offer; open requests nearby that it
/// suits are put to the cook right after.
/// </summary>
public sealed class MealOfferDialog : WaterfallDialog
{
    public const string DialogId = "meal.offer";

    private const string DayPrompt = "meal.offer.day";
    private const string PortionsPrompt = "meal.offer.portions";
    private const string BringsPrompt = "meal.offer.brings";
    private const string ConfirmPrompt = "meal.offer.confirm";
    private const string DraftKey = "draft";

    private readonly IOfferBook _offers;

    public MealOfferDialog(IOfferBook offers)
        : base(DialogId)
    {
        _offers = offers;
        AddDialog(new RecognizerPrompt<DateOnly>(DayPrompt, tc => TurnUnderstanding.Of(tc, ParseHint.Meal).Date is { } d && d >= DutchTime.Today(tc.Now)
            ? PromptRecognition<DateOnly>.Of(d) : default, kind: AnswerKind.Date));
        AddDialog(new RecognizerPrompt<int>(PortionsPrompt, tc => DutchNumberRecognizer.Recognize(tc.Activity.Text) is { } n and >= 1 and <= 30
            ? PromptRecognition<int>.Of(n) : default, kind: AnswerKind.Number));
        AddDialog(new RecognizerPrompt<bool>(BringsPrompt, RecognizeBrings));
        AddDialog(new RecognizerPrompt<bool>(ConfirmPrompt, tc => DutchConfirmRecognizer.Recognize(tc.Activity.Text) is { } yes
            ? PromptRecognition<bool>.Of(yes) : default, kind: AnswerKind.YesNo));

        AddStep(AskDayStepAsync);
        AddStep(AskPortionsStepAsync);
        AddStep(AskBringsStepAsync);
        AddStep(ConfirmStepAsync);
        AddStep(PlaceStepAsync);
    }

    public override string? Description => "uw aanbod om te koken";

    /// <summary>The draft a message like "ik kook donderdag 4 porties" already gives.</summary>
    public static MealOfferDraft FromMessage(ParsedMessage parsed, string text)
    {
        var price = PriceRecognizer.Recognize(text);
        return new()
        {
            Date = parsed.Date,
            Time = parsed.Time,
            Portions = parsed.Portions is >= 1 and <= 30 ? parsed.Portions : null,
            Diets = parsed.Diets,
            Brings = parsed.Delivery,
            Dish = DishRecognizer.Recognize(text),
            PricePerPortion = price?.AmountPerPortion,
            Free = price?.Free == true,
        };
    }

    private async Task<DialogTurnResult> AskDayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetOptions<MealOfferDraft>() ?? new MealOfferDraft();
        if (draft.Date is { } date && date < DutchTime.Today(step.Context.Now))
        {
            draft = draft with { Date = null };
        }

        step.SetValue(DraftKey, draft);
        return draft.Date is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DayPrompt, new PromptOptions(
                "Leuk dat u wilt koken! Op welke dag kookt u? Bijvoorbeeld: donderdag.",
                "Op welke dag kookt u? Bijvoorbeeld: morgen of zaterdag."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskPortionsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<MealOfferDraft>(DraftKey, d => d with { Date = step.ResultAs<DateOnly?>() ?? d.Date });
        return draft.Portions is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(PortionsPrompt, new PromptOptions(
                "Hoeveel porties kunt u delen?", "Hoeveel porties kunt u delen? Antwoord met een cijfer, bijvoorbeeld 3."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskBringsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<MealOfferDraft>(DraftKey, d => d with { Portions = step.ResultAs<int?>() ?? d.Portions });
        return draft.Brings is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(BringsPrompt, new PromptOptions(
                "Brengt u het eten bij de mensen, of halen zij het bij u op? Antwoord BRENGEN of OPHALEN.",
                "Antwoord BRENGEN als u het eten brengt, of OPHALEN als het bij u wordt opgehaald."), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<MealOfferDraft>(DraftKey, d => d with { Brings = step.ResultAs<bool?>() ?? d.Brings });
        var summary = MealOfferSummary.Describe(draft, DutchTime.Today(step.Context.Now));
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            $"Klopt dit? {Capitalize(summary)}. Antwoord JA of NEE.", $"Klopt dit: {summary}? Antwoord JA of NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> PlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetValue<MealOfferDraft>(DraftKey)!;
        if (!step.ResultAs<bool>())
        {
            // Start again with nothing filled in: the cook tells it anew.
            await step.Context.SendActivityAsync("Goed, dan beginnen we opnieuw.", cancellationToken);
            return await step.ReplaceDialogAsync(DialogId, new MealOfferDraft(), cancellationToken);
        }

        var changed = await _offers.PlaceMealOfferAsync(CurrentMember.Get(step.Context).Id, draft, step.Context.Now, cancellationToken);
        await step.Context.SendActivityAsync(
            changed
                ? "Dank u wel! Uw aanbod voor die dag is aangepast."
                : "Dank u wel! Uw aanbod staat klaar. Zoekt iemand in de buurt een maaltijd, dan vraag ik het u eerst.",
            cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }

    private static PromptRecognition<bool> RecognizeBrings(ITurnContext turn)
    {
        bool? brings = DutchVocabulary.Normalize(turn.Activity.Text) switch
        {
            "brengen" or "ik breng het" or "breng" or "ik kom brengen" or "1" => true,
            "ophalen" or "halen" or "ze halen het op" or "ophalen bij mij" or "2" => false,
            _ => TurnUnderstanding.Of(turn, ParseHint.Meal).Delivery,
        };
        return brings is { } value ? PromptRecognition<bool>.Of(value) : default;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
