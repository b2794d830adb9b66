using BuurtBot.Matching;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var check = new SettingChecks(MatchingOptions.Section);
        var minute = TimeSpan.FromMinutes(1);
        check.Range(nameof(options.MaxQuestionsPerDay), options.MaxQuestionsPerDay, 1, 50);
        check.Range(nameof(options.WaveSize), options.WaveSize, 1, 50);
        check.Duration(nameof(options.MealWaveInterval), options.MealWaveInterval, minute, TimeSpan.FromDays(1));
        check.Duration(nameof(options.LoanWaveInterval), options.LoanWaveInterval, minute, TimeSpan.FromDays(1));
        check.Duration(nameof(options.HelpWaveInterval), options.HelpWaveInterval, minute, TimeSpan.FromDays(1));
        check.Duration(nameof(options.LoanDeadline), options.LoanDeadline, minute, TimeSpan.FromDays(14));
        check.Duration(nameof(options.HelpDeadline), options.HelpDeadline, minute, TimeSpan.FromDays(14));
        check.Duration(nameof(options.MinimumDeadline), options.MinimumDeadline, TimeSpan.Zero, TimeSpan.FromDays(1));
        check.Range(nameof(options.MaxRank), options.MaxRank, 0, 2);
        check.Duration(nameof(options.ReminderBefore), options.ReminderBefore, TimeSpan.Zero, TimeSpan.FromDays(1));
        check.Duration(nameof(options.BusyFor), options.BusyFor, TimeSpan.Zero, TimeSpan.FromDays(1));
        check.Duration(nameof(options.FollowUpAfter), options.FollowUpAfter, TimeSpan.Zero, TimeSpan.FromDays(7));
        return check.Result();
    }
}
