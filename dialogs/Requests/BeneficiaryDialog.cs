using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Registration;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Requests;

/// <summary>
/// A carer asks for someone else ("voor mijn vader, Lindelaan 4"): that person's name, address and, if known,
/// phone number (so they are told too). Only what the first message did not say is asked.
/// </summary>
public sealed class BeneficiaryDialog : WaterfallDialog
{
    public const string DialogId = "beneficiary";

    private const string NamePrompt = "beneficiary.name";
    private const string AddressPrompt = "beneficiary.address";
    private const string StreetPrompt = "beneficiary.street";
    private const string PhonePrompt = "beneficiary.phone";
    private const string FoundKey = "found";

    private readonly IAddressLookup _addresses;

    public BeneficiaryDialog(IAddressLookup addresses)
        : base(DialogId)
    {
        _addresses = addresses;
        AddDialog(new RecognizerPrompt<string>(NamePrompt, tc =>
            FirstNameRecognizer.FromAnswer(tc.Activity.Text) is { } name ? PromptRecognition<string>.Of(name) : default));
        AddDialog(new RecognizerPrompt<AddressAnswer>(AddressPrompt, tc =>
            AddressRecognizer.Recognize(tc.Activity.Text) is { Postcode: not null, HouseNumber: not null } address ? PromptRecognition<AddressAnswer>.Of(address) : default));
        AddDialog(new RecognizerPrompt<string>(StreetPrompt, tc =>
            AddressRecognizer.StreetFromAnswer(tc.Activity.Text) is { } street ? PromptRecognition<string>.Of(street) : default));
        AddDialog(new RecognizerPrompt<string>(PhonePrompt, tc =>
            PhoneNumber.TryNormalize(tc.Activity.Text, out var phone) ? PromptRecognition<string>.Of(phone)
            : DutchConfirmRecognizer.Recognize(tc.Activity.Text) == false || Language.DutchVocabulary.Normalize(tc.Activity.Text) is "weet ik niet" or "geen"
                ? PromptRecognition<string>.Of("") : default));

        AddStep(AskNameStepAsync);
        AddStep(AskAddressStepAsync);
        AddStep(AskStreetStepAsync);
        AddStep(AskPhoneStepAsync);
        AddStep(FinishStepAsync);
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = Options(step);
        step.SetValue(FoundKey, options);
        return options.Name is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(NamePrompt, new PromptOptions(
                $"U vraagt het voor uw {options.Noun}. Hoe heet uw {options.Noun}?",
                $"Hoe heet uw {options.Noun}? Bijvoorbeeld: Riet, of mevrouw de Vries."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskAddressStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var found = step.UpdateValue<BeneficiaryOptions>(FoundKey, f => f with { Name = step.ResultAs<string>() ?? f.Name });
        return found.Postcode is not null && found.HouseNumber is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(AddressPrompt, new PromptOptions(
                $"Op welk adres woont {found.Name}? Bijvoorbeeld: Lindelaan 4, 1234 AB",
                "Noem de postcode en het huisnummer, bijvoorbeeld: 1234 AB 4."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskStreetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var found = step.UpdateValue<BeneficiaryOptions>(FoundKey, f => step.ResultAs<AddressAnswer>() is { } a
            ? f with { Postcode = a.Postcode, HouseNumber = a.HouseNumber, Street = a.Street ?? f.Street }
            : f);
        if (found.Street is null && await _addresses.FindStreetAsync(found.Postcode!, found.HouseNumber!, cancellationToken) is { } street)
        {
            found = step.UpdateValue<BeneficiaryOptions>(FoundKey, f => f with { Street = street });
        }

        return found.Street is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(StreetPrompt, new PromptOptions(
                $"In welke straat woont {found.Name}?", "Noem alleen de naam van de straat, bijvoorbeeld: Lindelaan."), cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var found = step.UpdateValue<BeneficiaryOptions>(FoundKey, f => f with { Street = step.ResultAs<string>() ?? f.Street });
        return found.Phone is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(PhonePrompt, new PromptOptions(
                $"Wat is het telefoonnummer van {found.Name}? Dan laten wij het {found.Pronoun} ook weten. Weet u het niet, antwoord NEE.",
                "Noem het telefoonnummer, bijvoorbeeld 06 1234 5678, of antwoord NEE."), cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var found = step.UpdateValue<BeneficiaryOptions>(FoundKey, f => step.ResultAs<string>() is { } phone ? f with { Phone = phone.Length == 0 ? null : phone } : f);
        return await step.EndDialogAsync(
            new Beneficiary(found.Name!, found.Noun, found.Street!, found.HouseNumber!, found.Postcode!, found.Phone), cancellationToken);
    }

    private static BeneficiaryOptions Options(WaterfallStepContext step) =>
        step.GetOptions<BeneficiaryOptions>() ?? new BeneficiaryOptions("naaste", "hem of haar");
}
