using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Registration;

/// <summary>
/// Gets to know a new member, one question per message and only what is not known yet: first name,
/// postcode and house number (and the street when no lookup knows it), and consent to share first name
/// and street with a matched neighbour.
/// </summary>
public sealed class RegistrationDialog : WaterfallDialog
{
    public const string DialogId = "registration";

    private const string NamePrompt = "registration.name";
    private const string AddressPrompt = "registration.address";
    private const string HouseNumberPrompt = "registration.housenumber";
    private const string StreetPrompt = "registration.street";
    private const string ConsentPrompt = "registration.consent";
    private const string AddressKey = "address";
    private const string WelcomedKey = "welcomed";

    private readonly IMemberDirectory _members;
    private readonly IAddressLookup _addresses;

    public RegistrationDialog(IMemberDirectory members, IAddressLookup addresses)
        : base(DialogId)
    {
        _members = members;
        _addresses = addresses;
        AddDialog(new RecognizerPrompt<string>(NamePrompt, tc =>
            FirstNameRecognizer.FromAnswer(tc.Activity.Text) is { } name ? PromptRecognition<string>.Of(name) : default));
        AddDialog(new RecognizerPrompt<AddressAnswer>(AddressPrompt, tc =>
            AddressRecognizer.Recognize(tc.Activity.Text) is { Postcode: not null } answer ? PromptRecognition<AddressAnswer>.Of(answer) : default));
        AddDialog(new RecognizerPrompt<AddressAnswer>(HouseNumberPrompt, tc =>
            AddressRecognizer.Recognize(tc.Activity.Text) is { HouseNumber: not null } answer ? PromptRecognition<AddressAnswer>.Of(answer) : default));
        AddDialog(new RecognizerPrompt<string>(StreetPrompt, tc =>
            AddressRecognizer.StreetFromAnswer(tc.Activity.Text) is { } street ? PromptRecognition<string>.Of(street) : default));
        AddDialog(new ConfirmPrompt(ConsentPrompt, DutchConfirmRecognizer.Recognize));

        AddStep(AskNameStepAsync);
        AddStep(AskAddressStepAsync);
        AddStep(AskHouseNumberStepAsync);
        AddStep(AskStreetStepAsync);
        AddStep(AskConsentStepAsync);
        AddStep(FinishStepAsync);
    }

    public override string? Description => "uw aanmelding";

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<RegistrationOptions>()!;
        var member = CurrentMember.Get(step.Context);
        if (!options.AskAll && member.FirstName is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (!options.AskAll && options.NameHint is { } hint)
        {
            return await step.NextAsync(hint, cancellationToken);
        }

        return await step.PromptAsync(NamePrompt, new PromptOptions(
            FirstQuestion(step, "Wat is uw voornaam?"),
            "Ik begreep uw naam niet goed. Wilt u alleen uw voornaam sturen? Bijvoorbeeld: Truus"), cancellationToken);
    }

    private async Task<DialogTurnResult> AskAddressStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<RegistrationOptions>()!;
        var member = CurrentMember.Get(step.Context);
        if (step.ResultAs<string>() is { } name)
        {
            member = await _members.SetFirstNameAsync(member.Id, name, cancellationToken);
            CurrentMember.Set(step.Context, member);
        }

        if ((!options.AskAll && member.HasAddress) || !options.NeedsAddress)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (!options.AskAll && options.PostcodeHint is { } postcode)
        {
            return await step.NextAsync(new AddressAnswer(postcode, null, null), cancellationToken);
        }

        var question = "Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12";
        return await step.PromptAsync(AddressPrompt, new PromptOptions(
            step.GetValue<bool>(WelcomedKey) ? $"Dank u, {member.FirstName}. {question}" : FirstQuestion(step, question),
            "Ik vond geen postcode. Een postcode is 4 cijfers en 2 letters. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12"),
            cancellationToken);
    }

    private async Task<DialogTurnResult> AskHouseNumberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<AddressAnswer>() is not { } address)
        {
            return await step.NextAsync(null, cancellationToken); // the address is known
        }

        step.SetValue(AddressKey, address);
        if (address.HouseNumber is not null)
        {
            return await step.NextAsync(address, cancellationToken);
        }

        return await step.PromptAsync(HouseNumberPrompt, new PromptOptions(
            step.GetValue<bool>(WelcomedKey) ? "En wat is uw huisnummer?" : FirstQuestion(step, $"Wat is uw huisnummer bij postcode {address.Postcode}?"),
            "Ik begreep het huisnummer niet. Wilt u alleen het nummer sturen? Bijvoorbeeld: 12 of 12a"), cancellationToken);
    }

    private async Task<DialogTurnResult> AskStreetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<AddressAnswer>() is not { } answer)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var address = answer.Over(step.GetValue<AddressAnswer>(AddressKey));
        address = address with
        {
            Street = address.Street ?? await _addresses.FindStreetAsync(address.Postcode!, address.HouseNumber!, cancellationToken),
        };
        step.SetValue(AddressKey, address);
        if (address.Street is not null)
        {
            return await step.NextAsync(address.Street, cancellationToken);
        }

        return await step.PromptAsync(StreetPrompt, new PromptOptions(
            FirstQuestion(step, "In welke straat woont u?"),
            "Ik begreep de straatnaam niet. Wilt u alleen de naam van uw straat sturen? Bijvoorbeeld: Lindelaan"), cancellationToken);
    }

    private async Task<DialogTurnResult> AskConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<RegistrationOptions>()!;
        var member = CurrentMember.Get(step.Context);
        if (step.ResultAs<string>() is { } street && step.GetValue<AddressAnswer>(AddressKey) is { } address)
        {
            member = await _members.SetAddressAsync(member.Id, new Address(address.Postcode!, address.HouseNumber!, street), cancellationToken);
            CurrentMember.Set(step.Context, member);
        }

        if (!options.AskAll && member.SharingConsentAnswered)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // A carer gave no address of their own: what is shared is the name and street of the person helped.
        var question = options.NeedsAddress
            ? "Als een buur u helpt, geven wij uw voornaam en adres aan die buur. Uw telefoonnummer niet. Is dat goed? Antwoord JA of NEE."
            : "Als een buur helpt, geven wij voornamen en het adres door, maar nooit een telefoonnummer. Is dat goed? Antwoord JA of NEE.";
        if (!options.NeedsAddress && step.GetValue<bool>(WelcomedKey) && member.FirstName is { } name)
        {
            question = $"Dank u, {name}. {question}";
        }

        return await step.PromptAsync(ConsentPrompt, new PromptOptions(
            FirstQuestion(step, question),
            "Mogen wij uw voornaam en adres doorgeven aan een buur die u helpt? Antwoord JA of NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var member = CurrentMember.Get(step.Context);
        if (step.Result is not null)
        {
            var consent = step.ResultAs<bool>();
            member = await _members.RecordSharingConsentAsync(member.Id, consent, step.Context.Now, cancellationToken);
            CurrentMember.Set(step.Context, member);
            if (!consent)
            {
                await step.Context.SendActivityAsync(
                    "Goed, dan geven wij uw gegevens aan niemand door. Een medewerker kan u dan wel verder helpen.", cancellationToken);
            }
        }

        return await step.EndDialogAsync(true, cancellationToken);
    }

    /// <summary>The first question this dialog asks carries the welcome; later ones do not.</summary>
    private static string FirstQuestion(WaterfallStepContext step, string question)
    {
        if (step.GetValue<bool>(WelcomedKey))
        {
            return question;
        }

        step.SetValue(WelcomedKey, true);
        return $"{step.GetOptions<RegistrationOptions>()!.Welcome} {question}";
    }
}
