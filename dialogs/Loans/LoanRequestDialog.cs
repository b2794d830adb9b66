using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Loans;

/// <summary>
/// Borrowing something: what, from when, until when (optional); confirmed, then neighbours who lend are asked,
/// nearest first, a few at a time.
/// </summary>
public sealed class LoanRequestDialog : WaterfallDialog
{
    public const string DialogId = "loan.request";

    private const string ItemPrompt = "loan.request.item";
    private const string DayPrompt = "loan.request.day";
    private const string UntilPrompt = "loan.request.until";
    private const string ConfirmPrompt = "loan.request.confirm";
    private const string DraftKey = "draft";

    private readonly IRequestBook _requests;

    public LoanRequestDialog(IRequestBook requests)
        : base(DialogId)
    {
        _requests = requests;
        AddDialog(new RecognizerPrompt<string>(ItemPrompt, LoanAnswers.Item));
        AddDialog(new RecognizerPrompt<DateOnly>(DayPrompt, tc => TurnUnderstanding.Of(tc, ParseHint.Loan).Date is { } d && d >= DutchTime.Today(tc.Now)
            ? PromptRecognition<DateOnly>.Of(d) : default, kind: AnswerKind.Date));
        AddDialog(new RecognizerPrompt<DateOnly?>(UntilPrompt, LoanAnswers.Until, kind: AnswerKind.Date));
        AddDialog(new ConfirmPrompt(ConfirmPrompt, DutchConfirmRecognizer.Recognize));

        AddStep(AskItemStepAsync);
        AddStep(AskDayStepAsync);
        AddStep(AskUntilStepAsync);
        AddStep(ConfirmStepAsync);
        AddStep(PlaceStepAsync);
    }

    public override string? Description => "uw vraag om iets te lenen";

    /// <summary>What the first message already says; "van morgen tot woensdag" gives both days.</summary>
    public static LoanRequestDraft FromMessage(ParsedMessage parsed, string text, DateTimeOffset now)
    {
        var (before, until) = LoanAnswers.SplitUntil(text, now);
        if (until is null)
        {
            return new() { Item = parsed.Item, Date = parsed.Date };
        }

        var from = DutchDateRecognizer.Recognize(before, DutchTime.ToAmsterdam(now), ParseHint.Loan).Date;
        return new() { Item = parsed.Item, Date = from ?? (parsed.Date == until ? null : parsed.Date), Until = until };
    }

    private async Task<DialogTurnResult> AskItemStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetOptions<LoanRequestDraft>() ?? new LoanRequestDraft();
        step.SetValue(DraftKey, draft);
        return draft.Item is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(ItemPrompt, new PromptOptions(
                "Wat wilt u lenen?", "Wat wilt u lenen? Noem het ding, bijvoorbeeld: een ladder."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<LoanRequestDraft>(DraftKey, d => d with { Item = step.ResultAs<string>() ?? d.Item });
        return draft.Date is { } date && date >= DutchTime.Today(step.Context.Now)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DayPrompt, new PromptOptions(
                $"Vanaf welke dag heeft u de {draft.Item} nodig?", "Vanaf welke dag? Bijvoorbeeld: vandaag, morgen of zaterdag."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskUntilStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<LoanRequestDraft>(DraftKey, d => d with { Date = step.ResultAs<DateOnly?>() ?? d.Date });
        return draft.Until is not null
            ? await step.NextAsync(draft.Until, cancellationToken)
            : await step.PromptAsync(UntilPrompt, new PromptOptions(
                "Tot wanneer wilt u het lenen? Bijvoorbeeld: tot zondag. Weet u het niet, antwoord NEE.",
                "Tot welke dag wilt u het lenen? Bijvoorbeeld: tot zondag. Of antwoord NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<LoanRequestDraft>(DraftKey, d => d with { Until = step.ResultAs<DateOnly?>() ?? d.Until });
        var today = DutchTime.Today(step.Context.Now);
        var until = draft.Until is { } back ? $", tot {DutchTime.Date(back, today)}" : "";
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            $"Klopt dit? U wilt {(draft.For is { } b ? $"voor {b.Name} " : "")}een {draft.Item} lenen, vanaf {DutchTime.Day(draft.Date!.Value, today)}{until}. Antwoord JA of NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> PlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync("Goed, dan beginnen we opnieuw.", cancellationToken);
            return await step.ReplaceDialogAsync(DialogId, new LoanRequestDraft(), cancellationToken);
        }

        var draft = step.GetValue<LoanRequestDraft>(DraftKey)!;
        var placement = await _requests.PlaceLoanRequestAsync(CurrentMember.Get(step.Context).Id, draft, draft.For, step.Context.Now, cancellationToken);
        var next = placement.NeighboursAsked > 0
            ? "Ik vraag het aan buren die iets uitlenen."
            : "Er is nu nog niemand in de buurt gevonden die iets uitleent; wij blijven zoeken.";
        await step.Context.SendActivityAsync($"Dank u wel, uw vraag staat genoteerd. {next} U krijgt een bericht zodra iemand ja zegt.", cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }
}
