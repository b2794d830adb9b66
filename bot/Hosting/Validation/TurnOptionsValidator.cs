using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

internal sealed class TurnOptionsValidator : IValidateOptions<TurnOptions>
{
    public ValidateOptionsResult Validate(string? name, TurnOptions options)
    {
        var check = new SettingChecks(TurnOptions.Section);
        check.Range(nameof(options.MaxConcurrentTurns), options.MaxConcurrentTurns, 1, 1024);
        check.Range(nameof(options.MaxConflictRetries), options.MaxConflictRetries, 0, 100);
        check.Duration(nameof(options.MaxConflictBackoff), options.MaxConflictBackoff, TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(10));
        if (string.IsNullOrWhiteSpace(options.ErrorReply))
        {
            check.Add($"{nameof(options.ErrorReply)} must not be empty.");
        }

        return check.Result();
    }
}
