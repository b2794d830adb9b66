using BuurtBot.Coordination;
using BuurtBot.Coordination.Api;
using BuurtBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

/// <summary>
/// The coordinators' API key (required in Production, where the API is the only way to reach the queue) and the
/// alert numbers (each an E.164 phone number; named by position, not echoed).
/// </summary>
internal sealed class CoordinatorSettingsValidator(IHostEnvironment environment)
    : IValidateOptions<CoordinatorApiOptions>, IValidateOptions<CoordinatorAlertOptions>
{
    public const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, CoordinatorApiOptions options)
    {
        var check = new SettingChecks(CoordinatorApiOptions.Section);
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            if (environment.IsProduction())
            {
                check.Add($"{nameof(options.ApiKey)} is missing: in Production coordinators need it (X-Api-Key) to see the queue. Set it from a secret store.");
            }
        }
        else if (options.ApiKey.Trim().Length < MinimumKeyLength)
        {
            check.Add($"{nameof(options.ApiKey)} is too short: use at least {MinimumKeyLength} random characters.");
        }

        return check.Result();
    }

    public ValidateOptionsResult Validate(string? name, CoordinatorAlertOptions options)
    {
        var check = new SettingChecks(CoordinatorAlertOptions.Section);
        for (var i = 0; i < options.AlertPhones.Count; i++)
        {
            if (!PhoneNumber.TryNormalize(options.AlertPhones[i], out var normal) || normal != options.AlertPhones[i])
            {
                check.Add($"AlertPhones:{i} is not a phone number in E.164 form, like +31612345678.");
            }
        }

        return check.Result();
    }
}
