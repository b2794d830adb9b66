using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Matching;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// "Even geen berichten tot 1 mei": no questions from the bot until then (the member's own requests and matches go
/// on as before). When no end was said, the bot asks until when; "voorlopig" leaves it open.
/// </summary>
public sealed class PauseDialog : WaterfallDialog
{
    public const string DialogId = "pause";

    private const string UntilPrompt = "pause.until";

    private readonly IMatchmaking _matchmaking;

    public PauseDialog(IMatchmaking matchmaking)
        : base(DialogId)
    {
        _matchmaking = matchmaking;
        AddDialog(new RecognizerPrompt<PauseRequest>(UntilPrompt, tc =>
        {
            var local = DutchTime.ToAmsterdam(tc.Now);
            if (PauseRecognizer.End(tc.Activity.Text, local) is { } said)
            {
                return PromptRecognition<PauseRequest>.Of(said);
            }

            return DutchDateRecognizer.Recognize(tc.Activity.Text, local).Date is { } day && day >= DateOnly.FromDateTime(local)
                ? PromptRecognition<PauseRequest>.Of(new PauseRequest(day, false))
                : default;
        }, kind: AnswerKind.Date));
        AddStep(AskUntilStepAsync);
        AddStep(PauseStepAsync);
    }

    public override string? Description => "een pauze";

    private async Task<DialogTurnResult> AskUntilStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var said = step.GetOptions<PauseRequest>();
        return said is { Until: not null } or { Indefinite: true }
            ? await step.NextAsync(said, cancellationToken)
            : await step.PromptAsync(UntilPrompt, new PromptOptions(
                "Tot wanneer wilt u geen vragen van BuurtBot? Bijvoorbeeld: tot 1 mei. Weet u het nog niet, antwoord VOORLOPIG.",
                "Noem de laatste dag, bijvoorbeeld: tot zondag of tot 1 mei. Of antwoord VOORLOPIG."), cancellationToken);
    }

    private async Task<DialogTurnResult> PauseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var pause = step.ResultAs<PauseRequest>()!;
        var today = DutchTime.Today(step.Context.Now);
        var until = pause.Until is { } last ? DutchTime.At(last.AddDays(1), TimeOnly.MinValue) : (DateTimeOffset?)null;
        await _matchmaking.PauseAsync(CurrentMember.Get(step.Context).Id, until, step.Context.Now, cancellationToken);
        var period = pause.Until is { } day ? $"tot en met {DutchTime.Date(day, today)}" : "voorlopig";
        await step.Context.SendActivityAsync(
            $"Goed. U krijgt {period} geen vragen van BuurtBot. Wilt u eerder weer meedoen? Stuur dan: ik doe weer mee.", cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }
}
