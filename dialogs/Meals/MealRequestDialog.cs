using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Meals;

/// <summary>
/// A meal request: asks only what the person has not said yet (day, portions, diet wishes, pick up or
/// brought), confirms a short summary, takes corrections ("nee, donderdag"), and stores the request.
/// </summary>
public sealed class MealRequestDialog : WaterfallDialog
{
    public const string DialogId = "meal.request";

    private const string DayPrompt = "meal.day";
    private const string PortionsPrompt = "meal.portions";
    private const string DietPrompt = "meal.diet";
    private const string DeliveryPrompt = "meal.delivery";
    private const string ConfirmPrompt = "meal.confirm";
    private const string CorrectionPrompt = "meal.correction";
    private const string DraftKey = "draft";
    private const int DaysAhead = 60;

    private readonly IRequestBook _requests;
    private readonly ICoordinatorQueue _coordinators;

    public MealRequestDialog(IRequestBook requests, ICoordinatorQueue coordinators)
        : base(DialogId)
    {
        _requests = requests;
        _coordinators = coordinators;
        AddDialog(new RecognizerPrompt<DateOnly>(DayPrompt, MealAnswers.Day, ValidateDayAsync, AnswerKind.Date));
        AddDialog(new RecognizerPrompt<int>(PortionsPrompt, MealAnswers.Portions, ValidatePortionsAsync, AnswerKind.Number));
        AddDialog(new RecognizerPrompt<IReadOnlyList<Diet>>(DietPrompt, MealAnswers.Diets));
        AddDialog(new RecognizerPrompt<bool>(DeliveryPrompt, MealAnswers.Delivery));
        AddDialog(new RecognizerPrompt<MealConfirmation>(ConfirmPrompt, tc =>
        {
            var parsed = TurnUnderstanding.Of(tc, ParseHint.Meal);
            var answer = new MealConfirmation(DutchConfirmRecognizer.Recognize(tc.Activity.Text), MealDraftFields.StatesAnything(parsed));
            return answer.Agreed is not null || answer.HasCorrection ? PromptRecognition<MealConfirmation>.Of(answer) : default;
        }, kind: AnswerKind.YesNo));
        AddDialog(new RecognizerPrompt<bool>(CorrectionPrompt, tc =>
            MealDraftFields.StatesAnything(TurnUnderstanding.Of(tc, ParseHint.Meal)) ? PromptRecognition<bool>.Of(true) : default));

        AddStep(AskDayStepAsync);
        AddStep(AskPortionsStepAsync);
        AddStep(AskDietStepAsync);
        AddStep(AskDeliveryStepAsync);
        AddStep(ConfirmStepAsync);
        AddStep(AfterConfirmStepAsync);
        AddStep(AfterCorrectionStepAsync);
    }

    public override string? Description => "uw vraag om een maaltijd";

    private async Task<DialogTurnResult> AskDayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetOptions<MealRequestDraft>() ?? new MealRequestDraft();
        var today = DutchTime.Today(step.Context.Now);
        if (draft.Date is { } date && (date < today || date.DayNumber > today.DayNumber + DaysAhead))
        {
            draft = draft with { Date = null };
        }

        step.SetValue(DraftKey, draft);
        if (draft.Date is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(DayPrompt, new PromptOptions(
            "Voor welke dag wilt u een maaltijd? Bijvoorbeeld: morgen of zaterdag.",
            "Ik begreep de dag niet. Voor welke dag wilt u een maaltijd? Bijvoorbeeld: morgen, zaterdag of 12 december."),
            cancellationToken);
    }

    private async Task<DialogTurnResult> AskPortionsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Absorb(step, d => d with { Date = step.ResultAs<DateOnly?>() ?? d.Date });
        if (draft.Portions is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(PortionsPrompt, new PromptOptions(
            "Voor hoeveel personen is de maaltijd?",
            "Voor hoeveel personen? Antwoord met een cijfer, bijvoorbeeld 1 of 2."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDietStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Absorb(step, d => d with { Portions = step.ResultAs<int?>() ?? d.Portions });
        if (draft.Diets is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(DietPrompt, new PromptOptions(
            "Heeft u wensen voor het eten? Bijvoorbeeld vegetarisch, halal of zoutarm. Zo niet, antwoord NEE.",
            "Ik begreep uw wens niet. Eet u bijvoorbeeld vegetarisch, halal of zoutarm? Antwoord NEE als u alles eet."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDeliveryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Absorb(step, d => d with { Diets = step.ResultAs<IReadOnlyList<Diet>>() ?? d.Diets });
        if (draft.Delivery is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(DeliveryPrompt, new PromptOptions(
            "Haalt u het eten zelf op, of moet het gebracht worden? Antwoord HALEN of BRENGEN.",
            "Antwoord HALEN als u het eten zelf ophaalt, of BRENGEN als het bij u gebracht moet worden."), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Absorb(step, d => d with { Delivery = step.ResultAs<bool?>() ?? d.Delivery });
        var summary = MealSummary.Describe(draft, DutchTime.Today(step.Context.Now));
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            $"Klopt dit? Een maaltijd{ForWhom(draft)}{Repeat(draft)} {summary}. Antwoord JA of NEE.",
            $"Klopt dit: een maaltijd{ForWhom(draft)}{Repeat(draft)} {summary}? Antwoord JA of NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> AfterConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetValue<MealRequestDraft>(DraftKey)!;
        var answer = step.ResultAs<MealConfirmation>()!;
        if (answer.HasCorrection)
        {
            var corrected = MealDraftFields.Correct(draft, TurnUnderstanding.Of(step.Context, ParseHint.Meal));
            return await step.ReplaceDialogAsync(DialogId, corrected, cancellationToken);
        }

        if (answer.Agreed == true)
        {
            return await PlaceAsync(step, draft, cancellationToken);
        }

        return await step.PromptAsync(CorrectionPrompt, new PromptOptions(
            "Wat moet er anders? Bijvoorbeeld: een andere dag, of voor meer personen.",
            "Wat moet er anders? Noem de dag, het aantal personen, uw wensen, of HALEN of BRENGEN."), cancellationToken);
    }

    private async Task<DialogTurnResult> AfterCorrectionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetValue<MealRequestDraft>(DraftKey)!;
        var corrected = MealDraftFields.Correct(draft, TurnUnderstanding.Of(step.Context, ParseHint.Meal));
        return await step.ReplaceDialogAsync(DialogId, corrected, cancellationToken);
    }

    private async Task<DialogTurnResult> PlaceAsync(WaterfallStepContext step, MealRequestDraft draft, CancellationToken cancellationToken)
    {
        var member = CurrentMember.Get(step.Context);
        if (member.SharingConsentAt is null)
        {
            // Without consent no address may go to a neighbour: a coordinator arranges it.
            var summary = MealSummary.Describe(draft, DutchTime.Today(step.Context.Now));
            await _coordinators.EnqueueAsync(
                new CoordinatorItemDraft(member.Id, "meal-without-consent", $"Maaltijd gevraagd: {summary}", step.Context.Now), cancellationToken);
            await step.Context.SendActivityAsync(
                "Dank u wel, uw vraag staat genoteerd. Een medewerker neemt contact met u op om het verder te regelen.", cancellationToken);
            return await step.EndDialogAsync(true, cancellationToken);
        }

        var placement = await _requests.PlaceMealRequestAsync(member.Id, draft, draft.For, step.Context.Now, cancellationToken);
        var onThePhone = step.Context.Activity.Channel == Channel.Voice;
        var summaryNow = MealSummary.Describe(draft, DutchTime.Today(step.Context.Now));
        var start = onThePhone ? $"Dank u wel. Genoteerd: een maaltijd {summaryNow}." : "Dank u wel, uw vraag staat genoteerd.";
        var next = placement.NeighboursAsked > 0
            ? "Wij zoeken een buur die voor u kookt."
            : "Er is nu nog niemand in de buurt gevonden die kookt; wij blijven zoeken.";
        var news = onThePhone ? "Wij bellen u zodra iemand ja zegt." : "U krijgt een bericht zodra iemand ja zegt.";
        await step.Context.SendActivityAsync($"{start} {next} {news}", cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }

    /// <summary>Takes the prompt's answer, plus anything else the same message said, into the draft.</summary>
    private static MealRequestDraft Absorb(WaterfallStepContext step, Func<MealRequestDraft, MealRequestDraft> answer) =>
        step.UpdateValue<MealRequestDraft>(DraftKey, draft => step.Reason == DialogReason.EndCalled
            ? MealDraftFields.Absorb(answer(draft), TurnUnderstanding.Of(step.Context, ParseHint.Meal))
            : answer(draft));

    private static Task<bool> ValidateDayAsync(PromptValidatorContext<DateOnly> prompt, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(prompt.Context.Now);
        var day = prompt.Recognized.Value;
        return SayUnlessAsync(
            prompt,
            day >= today && day.DayNumber <= today.DayNumber + DaysAhead,
            day < today
                ? "Die dag is al voorbij. Voor welke dag wilt u een maaltijd?"
                : "Zo ver vooruit kunnen wij nog niets regelen. Voor welke dag in de komende twee maanden?",
            cancellationToken);
    }

    private static Task<bool> ValidatePortionsAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken) =>
        SayUnlessAsync(
            prompt,
            prompt.Recognized.Value is >= 1 and <= MealDraftFields.MaxPortions,
            $"Een buur kan koken voor 1 tot {MealDraftFields.MaxPortions} personen. Voor hoeveel personen is het?",
            cancellationToken);

    private static async Task<bool> SayUnlessAsync<T>(PromptValidatorContext<T> prompt, bool valid, string explanation, CancellationToken cancellationToken)
    {
        if (!valid)
        {
            await prompt.Context.SendActivityAsync(explanation, cancellationToken);
        }

        return valid;
    }

    /// <summary>" voor Henk (Lindelaan 4)" when a carer asks for someone else.</summary>
    private static string ForWhom(MealRequestDraft draft) => draft.For is { } b ? $" voor {b.Name} ({b.Street} {b.HouseNumber})" : "";

    /// <summary>" elke dinsdag, voor het eerst" for a standing request.</summary>
    private static string Repeat(MealRequestDraft draft) => draft.Repeat is { Count: > 0 } days ? $" {StandingRequest.Describe(days)}, voor het eerst" : "";
}
