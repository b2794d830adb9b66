using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Coordination;

/// <summary>
/// When the bot cannot help: offers to pass the conversation to a coordinator and, unless the person says
/// no, puts it in the coordinators' queue. An answer the bot does not understand counts as yes: someone who
/// is stuck should reach a person.
/// </summary>
public sealed class HandOverDialog : WaterfallDialog
{
    public const string DialogId = "handover";

    private const string AskPrompt = "handover.ask";

    private readonly ICoordinatorQueue _coordinators;

    public HandOverDialog(ICoordinatorQueue coordinators)
        : base(DialogId)
    {
        _coordinators = coordinators;
        AddDialog(new RecognizerPrompt<bool>(
            AskPrompt, tc => PromptRecognition<bool>.Of(DutchConfirmRecognizer.Recognize(tc.Activity.Text) != false), kind: AnswerKind.YesNo));
        AddStep(AskStepAsync);
        AddStep(FinishStepAsync);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(AskPrompt, new PromptOptions(
            "Het lukt mij niet goed om u te helpen. Zal ik een medewerker vragen om contact met u op te nemen? Antwoord JA of NEE."),
            cancellationToken);

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync("Goed. Stuur gerust een bericht als u iets nodig heeft.", cancellationToken);
            return await step.EndDialogAsync(cancellationToken);
        }

        var options = step.GetOptions<HandOverOptions>() ?? new HandOverOptions("handover", null, null);
        var about = options.Description is null ? "Het gesprek liep vast." : $"Het gesprek over {options.Description} liep vast.";
        var summary = options.LastMessage is null ? about : $"{about} Laatste bericht: \"{options.LastMessage}\"";
        await _coordinators.EnqueueAsync(
            new CoordinatorItemDraft(CurrentMember.Get(step.Context).Id, options.Reason, summary, step.Context.Now), cancellationToken);
        await step.Context.SendActivityAsync(
            "Dat is doorgegeven. Een medewerker neemt contact met u op, meestal binnen een werkdag.", cancellationToken);
        return await step.EndDialogAsync(cancellationToken);
    }
}
