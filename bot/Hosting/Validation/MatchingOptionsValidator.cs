using BuurtBot.Matching;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var check = new SettingChecks(MatchingOptions.Section);
        var second = TimeSpan.FromSeconds(1); // short waits are for tests and trials; zero or negative is a mistake
        check.Range(nameof(options.MaxQuestionsPerDay), options.MaxQuestionsPerDay, 1, 50);
        check.Range(nameof(options.WaveSize), options.WaveSize, 1, 50);
        check.Duration(nameof(options.MealWaveInterval), options.MealWaveInterval, second, TimeSpan.FromDays(1));
        check.Duration(nameof(options.LoanWaveInterval), options.LoanWaveInterval, second, TimeSpan.FromDays(1));
        check.Duration(nameof(options.HelpWaveInterval), options.HelpWaveInterval, second, TimeSpan.FromDays(1));
        check.Duration(nameof(options.LoanDeadline), options.LoanDeadline, second, TimeSpan.FromDays(14));
        check.Duration(nameof(options.HelpDeadline), options.HelpDeadline, second, TimeSpan.FromDays(14));
        check.Duration(nameof(options.MinimumDeadline), options.MinimumDeadline, TimeSpan.Zero, TimeSpan.FromDays(1));
        check.Range(nameof(options.MaxRank), options.MaxRank, 0, 2);
        check.Duration(nameof(options.ReminderBefore), options.ReminderBefore, TimeSpan.Zero, TimeSpan.FromDays(1));
        check.Duration(nameof(options.BusyFor), options.BusyFor, TimeSpan.Zero, TimeSpan.FromDays(1));
        check.Duration(nameof(options.FollowUpAfter), options.FollowUpAfter, TimeSpan.Zero, TimeSpan.FromDays(7));
        return check.Result();
    }
}
