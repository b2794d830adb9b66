using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Offers;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Loans;

/// <summary>Lending something out ("Ik heb een aanhanger die mensen mogen lenen"): what, confirmed, kept.</summary>
public sealed class LoanOfferDialog : WaterfallDialog
{
    public const string DialogId = "loan.offer";

    private const string ItemPrompt = "loan.offer.item";
    private const string ConfirmPrompt = "loan.offer.confirm";

    private readonly IOfferBook _offers;

    public LoanOfferDialog(IOfferBook offers)
        : base(DialogId)
    {
        _offers = offers;
        AddDialog(new RecognizerPrompt<string>(ItemPrompt, LoanAnswers.Item));
        AddDialog(new ConfirmPrompt(ConfirmPrompt, DutchConfirmRecognizer.Recognize));
        AddStep(AskItemStepAsync);
        AddStep(ConfirmStepAsync);
        AddStep(PlaceStepAsync);
    }

    public override string? Description => "uw aanbod om iets uit te lenen";

    private async Task<DialogTurnResult> AskItemStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetOptions<string>() is { } item
            ? await step.NextAsync(item, cancellationToken)
            : await step.PromptAsync(ItemPrompt, new PromptOptions(
                "Fijn dat u iets wilt uitlenen! Wat wilt u uitlenen?", "Wat wilt u uitlenen? Noem het ding, bijvoorbeeld: een ladder."), cancellationToken);

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var item = step.ResultAs<string>()!;
        step.SetValue("item", item);
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            $"Klopt dit? U leent een {item} uit aan buren die erom vragen. Antwoord JA of NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> PlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync("Goed, dan beginnen we opnieuw.", cancellationToken);
            return await step.ReplaceDialogAsync<string?>(DialogId, null, cancellationToken);
        }

        var item = step.GetValue<string>("item")!;
        await _offers.PlaceLoanOfferAsync(CurrentMember.Get(step.Context).Id, item, step.Context.Now, cancellationToken);
        await step.Context.SendActivityAsync($"Dank u wel! Zoekt iemand in de buurt een {item}, dan vraag ik het u eerst.", cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }
}
