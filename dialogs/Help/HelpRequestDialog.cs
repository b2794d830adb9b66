using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Help;

/// <summary>
/// Asking for help: what kind, which day, and a time when it matters; confirmed, then helpers for that kind of help
/// are asked (for help inside a home or car only helpers a coordinator vetted).
/// </summary>
public sealed class HelpRequestDialog : WaterfallDialog
{
    public const string DialogId = "help.request";

    private const string CategoryPrompt = "help.request.category";
    private const string DayPrompt = "help.request.day";
    private const string TimePrompt = "help.request.time";
    private const string ConfirmPrompt = "help.request.confirm";
    private const string DraftKey = "draft";

    private readonly IRequestBook _requests;

    public HelpRequestDialog(IRequestBook requests)
        : base(DialogId)
    {
        _requests = requests;
        AddDialog(new RecognizerPrompt<HelpCategory>(CategoryPrompt, tc =>
            HelpCategoryWords.ReadSeveral(tc.Activity.Text) is [var one] ? PromptRecognition<HelpCategory>.Of(one)
            : TurnUnderstanding.Of(tc, ParseHint.Help).Category is { } parsed ? PromptRecognition<HelpCategory>.Of(parsed) : default, kind: AnswerKind.Number));
        AddDialog(new RecognizerPrompt<DateOnly>(DayPrompt, tc => TurnUnderstanding.Of(tc, ParseHint.Help).Date is { } d && d >= DutchTime.Today(tc.Now)
            ? PromptRecognition<DateOnly>.Of(d) : default, kind: AnswerKind.Date));
        AddDialog(new RecognizerPrompt<TimeOnly?>(TimePrompt, tc =>
            TurnUnderstanding.Of(tc, ParseHint.Help).Time is { } t ? PromptRecognition<TimeOnly?>.Of(t)
            : DutchConfirmRecognizer.Recognize(tc.Activity.Text) == false || DutchVocabulary.Normalize(tc.Activity.Text) is "maakt niet uit" or "weet ik niet"
                ? PromptRecognition<TimeOnly?>.Of(null) : default));
        AddDialog(new ConfirmPrompt(ConfirmPrompt, DutchConfirmRecognizer.Recognize));

        AddStep(AskCategoryStepAsync);
        AddStep(AskDayStepAsync);
        AddStep(AskTimeStepAsync);
        AddStep(ConfirmStepAsync);
        AddStep(PlaceStepAsync);
    }

    public override string? Description => "uw vraag om hulp";

    public static HelpRequestDraft FromMessage(ParsedMessage parsed, string text) => new()
    {
        Category = parsed.Category,
        Date = parsed.Date,
        Time = parsed.Time,
        PartOfDay = parsed.Time is null ? parsed.PartOfDay : null,
        Description = text.Length > 500 ? text[..500] : text,
    };

    private async Task<DialogTurnResult> AskCategoryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetOptions<HelpRequestDraft>() ?? new HelpRequestDraft();
        step.SetValue(DraftKey, draft);
        return draft.Category is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(CategoryPrompt, new PromptOptions(
                $"Waarmee heeft u hulp nodig? Antwoord met een cijfer: {HelpCategoryWords.Menu}.",
                $"Kies een cijfer: {HelpCategoryWords.Menu}."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<HelpRequestDraft>(DraftKey, d => d with { Category = step.ResultAs<HelpCategory?>() ?? d.Category });
        return draft.Date is { } date && date >= DutchTime.Today(step.Context.Now)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DayPrompt, new PromptOptions(
                "Op welke dag heeft u de hulp nodig?", "Op welke dag? Bijvoorbeeld: morgen of donderdag."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskTimeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<HelpRequestDraft>(DraftKey, d => d with { Date = step.ResultAs<DateOnly?>() ?? d.Date });
        return draft.Time is not null || draft.PartOfDay is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(TimePrompt, new PromptOptions(
                "Hoe laat? Bijvoorbeeld: om 10 uur. Maakt het niet uit, antwoord NEE.",
                "Noem een tijd, bijvoorbeeld: om 2 uur. Of antwoord NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<HelpRequestDraft>(DraftKey, d => step.Reason == DialogReason.EndCalled ? d with { Time = step.ResultAs<TimeOnly?>() } : d);
        var today = DutchTime.Today(step.Context.Now);
        var time = draft.Time is { } t ? $" om {DutchTime.Clock(t)}" : "";
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            $"Klopt dit? U zoekt {(draft.For is { } b ? $"voor {b.Name}, {b.Street} {b.HouseNumber}, " : "")}hulp met {HelpCategoryWords.Name(draft.Category!.Value)}, {(draft.Repeat is { Count: > 0 } days ? $"{StandingRequest.Describe(days)}, voor het eerst " : "")}{DutchTime.Day(draft.Date!.Value, today)}{time}. Antwoord JA of NEE."),
            cancellationToken);
    }

    private async Task<DialogTurnResult> PlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync("Goed, dan beginnen we opnieuw.", cancellationToken);
            return await step.ReplaceDialogAsync(DialogId, new HelpRequestDraft(), cancellationToken);
        }

        var draft = step.GetValue<HelpRequestDraft>(DraftKey)!;
        var placement = await _requests.PlaceHelpRequestAsync(CurrentMember.Get(step.Context).Id, draft, draft.For, step.Context.Now, cancellationToken);
        var next = placement.NeighboursAsked > 0
            ? "Ik vraag het aan buren die daarmee helpen."
            : "Er is nu nog niemand in de buurt gevonden die daarmee helpt; wij blijven zoeken.";
        await step.Context.SendActivityAsync($"Dank u wel, uw vraag staat genoteerd. {next} U krijgt een bericht zodra iemand ja zegt.", cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }
}
