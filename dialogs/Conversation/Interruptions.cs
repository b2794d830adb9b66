using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Registration;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>
/// What a person can say in any state, handled in this one place: "annuleer"/"laat maar" stops what is going
/// on, "menu"/"help" shows what the bot can do, "opnieuw" starts the current conversation again, and
/// "medewerker" asks for a person, and "verwijder mijn gegevens" asks (once) whether to remove the person's data. (STOP is opt-out, handled before any of this by <see cref="Members.OptOutMiddleware"/>.)
/// </summary>
public sealed class Interruptions(ICoordinatorQueue coordinators, IRequestBook requests)
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        if (DutchVocabulary.IsAskingForPerson(text))
        {
            var description = dc.DescribeConversation();
            await dc.CancelAllDialogsAsync(cancellationToken);
            var summary = description is null ? "Wil een medewerker spreken." : $"Wil een medewerker spreken (was bezig met {description}).";
            await coordinators.EnqueueAsync(
                new CoordinatorItemDraft(CurrentMember.Get(dc.Context).Id, "asked-for-coordinator", summary, dc.Context.Now), cancellationToken);
            await dc.Context.SendActivityAsync(
                "Ik vraag een medewerker om contact met u op te nemen. Dat is meestal binnen een werkdag.", cancellationToken);
            return true;
        }

        if (Members.ErasureRecognizer.IsErasureRequest(text))
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.BeginDialogAsync(Members.ErasureDialog.DialogId, null, cancellationToken);
            return true;
        }

        if (DutchVocabulary.IsCancel(text))
        {
            await CancelAsync(dc, cancellationToken);
            return true;
        }

        if (DutchVocabulary.IsMenu(text) && dc.ActiveDialog?.Id == MainDialog.MenuPrompt && MainDialog.IsMenuChoice(text))
        {
            return false; // "hulp" in the menu picks help
        }

        if (DutchVocabulary.IsMenu(text))
        {
            var description = dc.DescribeConversation();
            await dc.CancelAllDialogsAsync(cancellationToken);
            var lead = description is null ? null : $"Ik ben gestopt met {description}.";
            await dc.BeginDialogAsync(MainDialog.DialogId, new MainOptions(Intent.Menu) { Lead = lead }, cancellationToken);
            return true;
        }

        if (DutchVocabulary.IsRestart(text))
        {
            await RestartAsync(dc, cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>
    /// In the middle of a conversation: stop it. Otherwise: cancel the person's open request, telling the neighbour
    /// who had said yes.
    /// </summary>
    private async Task CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            var description = dc.DescribeConversation();
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.Context.SendActivityAsync(
                $"Goed, ik ben gestopt met {description ?? "uw vraag"}. Stuur gerust een bericht als u iets nodig heeft.", cancellationToken);
            return;
        }

        var cancelled = await requests.CancelLatestAsync(CurrentMember.Get(dc.Context).Id, dc.Context.Now, cancellationToken);
        var reply = cancelled switch
        {
            null => "U heeft geen vraag open staan. Stuur gerust een bericht als u iets nodig heeft.",
            { MatchedWith: { } name } => $"Goed, uw vraag om {cancelled.What} is ingetrokken. Ik laat {name} weten dat het niet meer nodig is.",
            _ => $"Goed, uw vraag om {cancelled.What} is ingetrokken.",
        };
        await dc.Context.SendActivityAsync(reply, cancellationToken);
    }

    private static async Task RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var root = dc.Stack.Count > 0 && dc.Stack[0].Id == MainDialog.DialogId
            ? WaterfallDialog.OptionsOf<MainOptions>(dc.Stack[0])
            : null;
        var inRegistration = dc.Stack.Any(i => i.Id == RegistrationDialog.DialogId);
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (root is null)
        {
            await dc.BeginDialogAsync(MainDialog.DialogId, new MainOptions(Intent.Menu), cancellationToken);
            return;
        }

        await dc.Context.SendActivityAsync("Goed, we beginnen opnieuw.", cancellationToken);
        var intent = root.Intent is Intent.None or Intent.Greeting ? Intent.Menu : root.Intent;
        await dc.BeginDialogAsync(MainDialog.DialogId, new MainOptions(intent) { RedoRegistration = inRegistration }, cancellationToken);
    }
}
