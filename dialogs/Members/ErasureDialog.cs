using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// "Verwijder mijn gegevens": one question to be sure, then on "ja" the member's personal data is removed and the
/// bot forgets the number (a later message starts afresh); on "nee" nothing changes.
/// </summary>
public sealed class ErasureDialog : WaterfallDialog
{
    public const string DialogId = "erasure";

    private const string ConfirmPrompt = "erasure.confirm";

    private const string ErasedKey = "member.erased";

    private readonly IMemberErasure _erasure;

    public ErasureDialog(IMemberErasure erasure)
        : base(DialogId)
    {
        _erasure = erasure;
        AddDialog(new ConfirmPrompt(ConfirmPrompt, DutchConfirmRecognizer.Recognize));
        AddStep(AskStepAsync);
        AddStep(EraseStepAsync);
    }

    public override string? Description => "het verwijderen van uw gegevens";

    /// <summary>Whether this turn removed the member's data (then nothing more is said or kept for them).</summary>
    public static bool Erased(ITurnContext turnContext) => turnContext.TurnState.Get<object>(ErasedKey) is not null;

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            "Wilt u dat wij al uw gegevens verwijderen? Dan wissen wij uw naam, adres, telefoonnummer en berichten, en gaan uw open vragen en aanbiedingen niet door. Antwoord JA of NEE.",
            "Antwoord JA als wij uw gegevens mogen verwijderen, of NEE als alles blijft zoals het is."), cancellationToken);

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync("Goed, wij bewaren uw gegevens. Stuur gerust een bericht als u iets nodig heeft.", cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        // The confirmation is staged first: it still leaves, and is blanked once it has.
        await step.Context.SendActivityAsync(
            "Uw gegevens zijn verwijderd. U krijgt geen berichten meer van BuurtBot. Stuurt u later weer een bericht, dan begint u opnieuw.",
            cancellationToken);
        await _erasure.EraseAsync(CurrentMember.Get(step.Context).Id, step.Context.Now, cancellationToken);
        step.Context.TurnState.Set(ErasedKey, new object());
        return await step.EndDialogAsync(true, cancellationToken);
    }
}
