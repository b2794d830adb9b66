using BuurtBot.Dialogs.Conversation;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

internal sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        var check = new SettingChecks(ConversationOptions.Section);
        check.Duration(nameof(options.IdleReset), options.IdleReset, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        check.Range(nameof(options.ClarifyBelowConfidence), options.ClarifyBelowConfidence, 0, 1);
        return check.Result();
    }
}
