using BuurtBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        var check = new SettingChecks(SchedulerOptions.Section);
        check.Duration(nameof(options.PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        check.Range(nameof(options.BatchSize), options.BatchSize, 1, 1000);
        check.Duration(nameof(options.ClaimLease), options.ClaimLease, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        return check.Result();
    }
}
