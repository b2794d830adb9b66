using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Offers;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Help;

/// <summary>
/// Offering help: which kinds, which days, how far. Help inside someone's home or car (transport, company,
/// household) is only asked of helpers a coordinator vetted, so those helpers are put in the coordinator's queue.
/// </summary>
public sealed class HelpOfferDialog : WaterfallDialog
{
    public const string DialogId = "help.offer";

    private const string CategoriesPrompt = "help.offer.categories";
    private const string DaysPrompt = "help.offer.days";
    private const string DistancePrompt = "help.offer.distance";
    private const string ConfirmPrompt = "help.offer.confirm";
    private const string DraftKey = "draft";

    private static readonly IReadOnlyList<Choice> Distances =
    [
        new("0", ["buurt", "straat", "dichtbij"]),
        new("1", ["wijk"]),
        new("2", ["stad", "overal", "heel"]),
    ];

    private readonly IOfferBook _offers;
    private readonly ICoordinatorQueue _coordinators;

    public HelpOfferDialog(IOfferBook offers, ICoordinatorQueue coordinators)
        : base(DialogId)
    {
        _offers = offers;
        _coordinators = coordinators;
        AddDialog(new RecognizerPrompt<IReadOnlyList<HelpCategory>>(CategoriesPrompt, tc =>
            HelpCategoryWords.ReadSeveral(tc.Activity.Text) is { Count: > 0 } found ? PromptRecognition<IReadOnlyList<HelpCategory>>.Of(found) : default));
        AddDialog(new RecognizerPrompt<IReadOnlyList<DayOfWeek>>(DaysPrompt, tc => WeekdayList.Read(tc.Activity.Text) is { } days
            ? PromptRecognition<IReadOnlyList<DayOfWeek>>.Of(days) : default));
        AddDialog(new ChoicePrompt(DistancePrompt, DutchVocabulary.Normalize));
        AddDialog(new ConfirmPrompt(ConfirmPrompt, DutchConfirmRecognizer.Recognize));

        AddStep(AskCategoriesStepAsync);
        AddStep(AskDaysStepAsync);
        AddStep(AskDistanceStepAsync);
        AddStep(ConfirmStepAsync);
        AddStep(PlaceStepAsync);
    }

    public override string? Description => "uw aanbod om te helpen";

    public static HelpOfferDraft FromMessage(ParsedMessage parsed, string text) => new()
    {
        Categories = HelpCategoryWords.ReadSeveral(text) is { Count: > 0 } named ? named : parsed.Category is { } one ? [one] : null,
        Days = WeekdayList.Read(text) is { Count: > 0 } days ? days : null,
    };

    private async Task<DialogTurnResult> AskCategoriesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetOptions<HelpOfferDraft>() ?? new HelpOfferDraft();
        step.SetValue(DraftKey, draft);
        return draft.Categories is { Count: > 0 }
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(CategoriesPrompt, new PromptOptions(
                $"Fijn dat u wilt helpen! Waarmee wilt u helpen? U mag er meer noemen: {HelpCategoryWords.Menu}.",
                $"Noem een of meer cijfers, bijvoorbeeld: 1 en 4. {HelpCategoryWords.Menu}."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<HelpOfferDraft>(DraftKey, d => d with { Categories = step.ResultAs<IReadOnlyList<HelpCategory>>() ?? d.Categories });
        return draft.Days is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DaysPrompt, new PromptOptions(
                "Op welke dagen kunt u helpen? Bijvoorbeeld: maandag en woensdag, of elke dag.",
                "Noem de dagen, bijvoorbeeld: dinsdag en vrijdag. Of antwoord: elke dag."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDistanceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.UpdateValue<HelpOfferDraft>(DraftKey, d => d with { Days = step.ResultAs<IReadOnlyList<DayOfWeek>>() ?? d.Days });
        return await step.PromptAsync(DistancePrompt, new PromptOptions(
            "Hoe ver wilt u ervoor gaan? Antwoord met een cijfer: 1 in mijn eigen buurt, 2 in de wijk, 3 in de hele stad.",
            "Antwoord 1 voor uw eigen buurt, 2 voor de wijk of 3 voor de hele stad.") { Choices = Distances }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.UpdateValue<HelpOfferDraft>(DraftKey, d => d with { Distance = int.Parse(step.ResultAs<string>()!, System.Globalization.CultureInfo.InvariantCulture) });
        var kinds = string.Join(", ", draft.Categories!.Select(HelpCategoryWords.Name));
        var days = draft.Days!.Count is 0 or 7 ? "elke dag" : string.Join(", ", draft.Days!.Select(DayName));
        var distance = draft.Distance switch { 0 => "in uw eigen buurt", 1 => "in de wijk", _ => "in de hele stad" };
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions(
            $"Klopt dit? U helpt met {kinds}, {days}, {distance}. Antwoord JA of NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> PlaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.Context.SendActivityAsync("Goed, dan beginnen we opnieuw.", cancellationToken);
            return await step.ReplaceDialogAsync(DialogId, new HelpOfferDraft(), cancellationToken);
        }

        var draft = step.GetValue<HelpOfferDraft>(DraftKey)!;
        var member = CurrentMember.Get(step.Context);
        await _offers.PlaceHelpOfferAsync(member.Id, draft, step.Context.Now, cancellationToken);
        var atHome = draft.Categories!.Where(c => c is HelpCategory.Transport or HelpCategory.Company or HelpCategory.Household).ToList();
        if (atHome.Count > 0)
        {
            await _coordinators.EnqueueAsync(new CoordinatorItemDraft(
                member.Id, "vetting", $"Wil helpen met {string.Join(", ", atHome.Select(HelpCategoryWords.Name))}: graag kennismaken en controleren.", step.Context.Now),
                cancellationToken);
            await step.Context.SendActivityAsync(
                "Dank u wel! Voor hulp bij mensen thuis of in de auto neemt eerst een medewerker contact met u op. Voor de rest vraag ik het u als iemand hulp zoekt.",
                cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync("Dank u wel! Zoekt iemand in de buurt hulp waarmee u helpt, dan vraag ik het u.", cancellationToken);
        }

        return await step.EndDialogAsync(true, cancellationToken);
    }

    private static string DayName(DayOfWeek day) => DutchTime.DayName(new DateOnly(2026, 11, 22).AddDays((int)day));
}
