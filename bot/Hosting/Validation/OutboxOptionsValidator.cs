using BuurtBot.Outbox;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var check = new SettingChecks(OutboxOptions.Section);
        check.Range(nameof(options.BatchSize), options.BatchSize, 1, 1000);
        check.Duration(nameof(options.PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        check.Duration(nameof(options.ClaimLease), options.ClaimLease, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        check.Range(nameof(options.MaxAttempts), options.MaxAttempts, 1, 100);
        check.Duration(nameof(options.FirstRetryDelay), options.FirstRetryDelay, TimeSpan.Zero, TimeSpan.FromHours(1));
        check.Duration(nameof(options.MaxRetryDelay), options.MaxRetryDelay, options.FirstRetryDelay, TimeSpan.FromDays(1));
        check.Range(nameof(options.Parallelism), options.Parallelism, 1, 64);
        check.Duration(nameof(options.HoldTurnsWhenBehind), options.HoldTurnsWhenBehind, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        check.Duration(nameof(options.MaxTurnHold), options.MaxTurnHold, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        check.Duration(nameof(options.ShutdownGrace), options.ShutdownGrace, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        return check.Result();
    }
}
