using System.Text.Json;
using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Meals;
using BuurtBot.Dialogs.Help;
using BuurtBot.Dialogs.Loans;
using BuurtBot.Dialogs.Offers;
using BuurtBot.Dialogs.Registration;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>
/// The root of every conversation: asks an either-or question when the bot is unsure what the person wants,
/// registers a new member when needed, then starts the conversation for what they want (or shows the menu).
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    public const string DialogId = "main";
    public const string MenuPrompt = "main.menu";

    private const string ClarifyPrompt = "main.clarify";
    private const string IntentKey = "intent";
    private const string FreeAnswer = "said:";
    private const string RegisteredKey = "registered";

    private static readonly IReadOnlyList<Choice> MenuChoices =
    [
        new(nameof(Intent.MealRequest), ["maaltijd", "eten", "maal", "warm eten"]),
        new(nameof(Intent.LoanRequest), ["lenen", "leen", "iets lenen"]),
        new(nameof(Intent.HelpRequest), ["hulp", "klus", "klusje", "boodschappen", "vervoer"]),
        new("Coordinator", ["0", "medewerker", "iemand spreken", "mens", "bellen"]),
    ];

    private readonly IRequestBook _requests;
    private readonly IOfferBook _offers;
    private readonly ICoordinatorQueue _coordinators;
    private readonly IStatePropertyAccessor<UserData> _userData;

    public MainDialog(
        RegistrationDialog registration,
        MealRequestDialog mealRequest,
        MealOfferDialog mealOffer,
        LoanRequestDialog loanRequest,
        LoanOfferDialog loanOffer,
        HelpRequestDialog helpRequest,
        HelpOfferDialog helpOffer,
        BeneficiaryDialog beneficiary,
        HandOverDialog handOver,
        IRequestBook requests,
        IOfferBook offers,
        ICoordinatorQueue coordinators,
        UserState userState)
        : base(DialogId)
    {
        _requests = requests;
        _offers = offers;
        _coordinators = coordinators;
        _userData = userState.CreateProperty<UserData>(nameof(UserData));
        AddDialog(registration);
        AddDialog(mealRequest);
        AddDialog(mealOffer);
        AddDialog(loanRequest);
        AddDialog(loanOffer);
        AddDialog(helpRequest);
        AddDialog(helpOffer);
        AddDialog(beneficiary);
        AddDialog(handOver);
        AddDialog(new RecognizerPrompt<string>(MenuPrompt, RecognizeMenuAnswer));
        AddDialog(new ChoicePrompt(ClarifyPrompt, DutchVocabulary.Normalize));

        AddStep(ClarifyStepAsync);
        AddStep(RegisterStepAsync);
        AddStep(ForWhomStepAsync);
        AddStep(RouteStepAsync);
        AddStep(AfterStepAsync);
    }

    private async Task<DialogTurnResult> ClarifyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = Options(step);
        if (options.Alternative is not { } alternative || IntentPhrases.For(alternative) is not { } second
            || IntentPhrases.For(options.Intent) is not { } first)
        {
            return await step.NextAsync(options.Intent.ToString(), cancellationToken);
        }

        var choices = new[]
        {
            new Choice(options.Intent.ToString(), Keywords(options.Intent)),
            new Choice(alternative.ToString(), Keywords(alternative)),
        };
        return await step.PromptAsync(ClarifyPrompt, new PromptOptions(
            $"Wilt u {first}, of {second}? Antwoord 1 of 2.",
            $"Antwoord 1 als u {first} wilt, of 2 als u {second} wilt.") { Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> RegisterStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = Options(step);
        var intent = Enum.Parse<Intent>(step.ResultAs<string>()!);
        step.SetValue(IntentKey, intent);

        var member = CurrentMember.Get(step.Context);
        var user = await _userData.GetAsync(step.Context, () => new UserData(), cancellationToken);
        var complete = member.FirstName is not null && member.HasAddress && member.SharingConsentAnswered;
        var needed = options.RedoRegistration || (!complete && (IntentPhrases.IsRequestOrOffer(intent) || !user.Welcomed));
        if (!needed)
        {
            return await step.NextAsync(false, cancellationToken);
        }

        var hello = options.NameHint is { } name ? $"Welkom bij BuurtBot, {name}!" : "Welkom bij BuurtBot!";
        var welcome = user.Welcomed
            ? "Ik heb nog een paar gegevens van u nodig."
            : intent == Intent.MealRequest
                ? $"{hello} Ik help u graag aan een maaltijd. Eerst even kennismaken."
                : $"{hello} Hier helpen buren elkaar met een maaltijd, iets lenen of een klusje.";
        user.Welcomed = true;
        return await step.BeginDialogAsync(
            RegistrationDialog.DialogId,
            new RegistrationOptions(welcome, options.NameHint, options.PostcodeHint, options.RedoRegistration)
            {
                // A carer asks for someone else: that person's address counts, not the carer's own.
                NeedsAddress = !(IsRequest(intent) && options.Parsed?.OnBehalfOf is not null),
            },
            cancellationToken);
    }

    /// <summary>A carer writes for someone else ("voor mijn vader"): who, and where they live.</summary>
    private async Task<DialogTurnResult> ForWhomStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = Options(step);
        step.SetValue(RegisteredKey, step.ResultAs<bool>());
        var intent = step.GetValue<Intent>(IntentKey);
        if (!IsRequest(intent) || options.Parsed?.OnBehalfOf is not { } relation)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var (noun, pronoun) = RelationNames.For(relation);
        return await step.BeginDialogAsync(BeneficiaryDialog.DialogId, new BeneficiaryOptions(noun, pronoun) { Postcode = options.Parsed.Postcode }, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = Options(step);
        var intent = step.GetValue<Intent>(IntentKey);
        var justRegistered = step.GetValue<bool>(RegisteredKey);
        var forWhom = step.ResultAs<Beneficiary>();
        var member = CurrentMember.Get(step.Context);
        var parsed = options.Parsed;
        var text = options.Text ?? "";
        switch (intent)
        {
            case Intent.MealRequest:
                var meal = parsed is null ? new MealRequestDraft() : MealDraftFields.FromMessage(parsed);
                var (mealRepeat, mealFirst) = StandingRequest.From(text, meal.Date, Language.DutchTime.Today(step.Context.Now));
                meal = meal with { Repeat = mealRepeat, Date = mealFirst };
                return await step.BeginDialogAsync(MealRequestDialog.DialogId, meal with { For = forWhom }, cancellationToken);
            case Intent.MealOffer:
                return await step.BeginDialogAsync(MealOfferDialog.DialogId, parsed is null ? new MealOfferDraft() : MealOfferDialog.FromMessage(parsed, text), cancellationToken);
            case Intent.LoanRequest:
                var loan = parsed is null ? new LoanRequestDraft() : LoanRequestDialog.FromMessage(parsed, text, step.Context.Now);
                return await step.BeginDialogAsync(LoanRequestDialog.DialogId, loan with { For = forWhom }, cancellationToken);
            case Intent.LoanOffer:
                return await step.BeginDialogAsync(LoanOfferDialog.DialogId, parsed?.Item, cancellationToken);
            case Intent.HelpRequest:
                var help = parsed is null ? new HelpRequestDraft() : HelpRequestDialog.FromMessage(parsed, text);
                var (helpRepeat, helpFirst) = StandingRequest.From(text, help.Date, Language.DutchTime.Today(step.Context.Now));
                help = help with { Repeat = helpRepeat, Date = helpFirst };
                return await step.BeginDialogAsync(HelpRequestDialog.DialogId, help with { For = forWhom }, cancellationToken);
            case Intent.HelpOffer:
                return await step.BeginDialogAsync(HelpOfferDialog.DialogId, parsed is null ? new HelpOfferDraft() : HelpOfferDialog.FromMessage(parsed, text), cancellationToken);
            case Intent.Status:
                await step.Context.SendActivityAsync(await StatusAsync(member.Id, step, cancellationToken), cancellationToken);
                return await step.EndDialogAsync(cancellationToken);
            case Intent.Thanks:
                await step.Context.SendActivityAsync("Graag gedaan! Stuur gerust een bericht als u iets nodig heeft.", cancellationToken);
                return await step.EndDialogAsync(cancellationToken);
            default:
                var lead = options.Lead
                    ?? (justRegistered ? $"Dank u, {member.FirstName}. U bent aangemeld."
                        : intent == Intent.Greeting && member.FirstName is not null ? $"Dag {member.FirstName}!" : null);
                var question = "Waarmee kan ik u helpen? Antwoord met een cijfer: 1 een maaltijd, 2 iets lenen, 3 hulp, 0 een medewerker spreken.";
                return await step.PromptAsync(MenuPrompt, new PromptOptions(
                    lead is null ? question : $"{lead} {question}",
                    "Antwoord met een cijfer: 1 een maaltijd, 2 iets lenen, 3 hulp, 0 een medewerker spreken.",
                    options.AfterMisunderstanding ? 1 : null)
                { Choices = MenuChoices }, cancellationToken);
        }
    }

    /// <summary>Whether an answer picks one of the menu's options.</summary>
    public static bool IsMenuChoice(string text) => ChoiceRecognizer.Recognize(text, MenuChoices, DutchVocabulary.Normalize) is not null;

    /// <summary>
    /// A menu answer: what the person says they want in their own words ("ik wil morgen een maaltijd"), which
    /// then starts with what that message already said; or else a choice ("1", "hulp").
    /// </summary>
    private static PromptRecognition<string> RecognizeMenuAnswer(ITurnContext turn)
    {
        var parsed = TurnUnderstanding.Of(turn);
        if (IntentPhrases.IsRequestOrOffer(parsed.Intent) || parsed.Intent is Intent.Status or Intent.Thanks)
        {
            return PromptRecognition<string>.Of(FreeAnswer + parsed.Intent);
        }

        return ChoiceRecognizer.Recognize(turn.Activity.Text, MenuChoices, DutchVocabulary.Normalize) is { } choice
            ? PromptRecognition<string>.Of(choice.Value)
            : default;
    }

    private async Task<DialogTurnResult> AfterStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason != DialogReason.EndCalled || step.Result?.GetValueKind() != JsonValueKind.String
            || step.ResultAs<string>() is not { } choice)
        {
            return await step.EndDialogAsync(cancellationToken);
        }

        if (choice == "Coordinator")
        {
            await PassToCoordinatorAsync(step, "asked-for-coordinator", "Wil een medewerker spreken.", cancellationToken);
            return await step.EndDialogAsync(cancellationToken);
        }

        if (choice.StartsWith(FreeAnswer, StringComparison.Ordinal))
        {
            var parsed = TurnUnderstanding.Of(step.Context);
            return await step.ReplaceDialogAsync(
                DialogId,
                new MainOptions(Enum.Parse<Intent>(choice[FreeAnswer.Length..])) { Parsed = parsed, Text = step.Context.Activity.Text },
                cancellationToken);
        }

        return await step.ReplaceDialogAsync(DialogId, new MainOptions(Enum.Parse<Intent>(choice)), cancellationToken);
    }

    private async Task PassToCoordinatorAsync(WaterfallStepContext step, string reason, string summary, CancellationToken cancellationToken)
    {
        var member = CurrentMember.Get(step.Context);
        await _coordinators.EnqueueAsync(new CoordinatorItemDraft(member.Id, reason, summary, step.Context.Now), cancellationToken);
        var text = reason == "asked-for-coordinator"
            ? "Ik vraag een medewerker om contact met u op te nemen. Dat is meestal binnen een werkdag."
            : "Dank u. Dit regel ik nog niet zelf. Ik geef uw bericht door aan een medewerker, die neemt contact met u op.";
        await step.Context.SendActivityAsync(text, cancellationToken);
    }

    private async Task<string> StatusAsync(long memberId, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var open = await _requests.ListOpenAsync(memberId, cancellationToken);
        var offered = await _offers.DescribeActiveAsync(memberId, step.Context.Now, cancellationToken);
        var offers = offered.Count == 0 ? "" : $" Uw aanbod: {string.Join("; ", offered)}.";
        if (open.Count == 0)
        {
            return offered.Count == 0 ? "U heeft op dit moment geen vraag open staan." : $"U heeft geen vraag open staan.{offers}";
        }

        var today = DutchTime.Today(step.Context.Now);
        var lines = open.Select(r =>
        {
            var what = r.What ?? "uw vraag";
            var when = r.Date is { } date ? $" voor {DutchTime.Day(date, today)}" : "";
            var forWhom = r.ForName is { } name ? $" (voor {name})" : "";
            return r.MatchedWith is { } neighbour
                ? $"{what}{when}{forWhom}: {neighbour} heeft ja gezegd"
                : r.Status == RequestStatus.Escalated
                    ? $"{what}{when}{forWhom}: een medewerker helpt u verder"
                    : $"{what}{when}{forWhom}: wij zoeken nog";
        });
        return (open.Count == 1
            ? $"Uw vraag om {string.Join("", lines)}."
            : $"U heeft {open.Count} vragen: {string.Join("; ", lines)}.") + offers;
    }

    private static bool IsRequest(Intent intent) => intent is Intent.MealRequest or Intent.LoanRequest or Intent.HelpRequest;

    private static MainOptions Options(WaterfallStepContext step) => step.GetOptions<MainOptions>() ?? new MainOptions(Intent.Menu);

    private static string[] Keywords(Intent intent) => intent switch
    {
        Intent.MealRequest => ["maaltijd", "eten", "krijgen"],
        Intent.MealOffer => ["aanbieden", "koken", "kook"],
        Intent.LoanRequest => ["lenen", "leen"],
        Intent.LoanOffer => ["uitlenen", "lenen aan"],
        Intent.HelpRequest => ["hulp", "hulp krijgen"],
        Intent.HelpOffer => ["helpen", "hulp aanbieden"],
        _ => [],
    };
}
