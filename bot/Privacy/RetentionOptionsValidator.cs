using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var problems = new List<string>();
        if (options.MessageDays is < 1 or > 3650)
        {
            problems.Add($"{RetentionOptions.Section}:MessageDays must be between 1 and 3650 (it is {options.MessageDays}).");
        }

        if (options.PurgeInterval < TimeSpan.FromMilliseconds(10) || options.PurgeInterval > TimeSpan.FromDays(1))
        {
            problems.Add($"{RetentionOptions.Section}:PurgeInterval must be between 00:00:00.010 and 1.00:00:00.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
