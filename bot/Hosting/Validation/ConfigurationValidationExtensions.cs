using BuurtBot.Coordination;
using BuurtBot.Coordination.Api;
using BuurtBot.Data;
using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Matching;
using BuurtBot.Outbox;
using BuurtBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

public static class ConfigurationValidationExtensions
{
    /// <summary>Every settings section the bot reads is checked when it starts, each problem naming its key.</summary>
    public static WebApplicationBuilder AddBuurtBotConfigurationValidation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        services.AddSingleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>();
        services.AddSingleton<IValidateOptions<TurnOptions>, TurnOptionsValidator>();
        services.AddSingleton<CoordinatorSettingsValidator>();
        services.AddSingleton<IValidateOptions<CoordinatorApiOptions>>(s => s.GetRequiredService<CoordinatorSettingsValidator>());
        services.AddSingleton<IValidateOptions<CoordinatorAlertOptions>>(s => s.GetRequiredService<CoordinatorSettingsValidator>());
        services.AddSingleton<IValidateOptions<DatabaseSettings>, DatabaseSettingsValidator>();
        services.AddOptions<DatabaseSettings>().BindConfiguration(DatabaseSettings.Section)
            .Configure<IConfiguration>((settings, configuration) => settings.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));

        services.AddOptions<OutboxOptions>().ValidateOnStart();
        services.AddOptions<MatchingOptions>().ValidateOnStart();
        services.AddOptions<SchedulerOptions>().ValidateOnStart();
        services.AddOptions<ConversationOptions>().ValidateOnStart();
        services.AddOptions<TurnOptions>().ValidateOnStart();
        services.AddOptions<CoordinatorApiOptions>().ValidateOnStart();
        services.AddOptions<CoordinatorAlertOptions>().ValidateOnStart();
        services.AddOptions<DatabaseSettings>().ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Checks every setting before anything touches the database. On a problem it writes one line per problem to
    /// <paramref name="error"/> and returns false: the caller exits with a non-zero code.
    /// </summary>
    public static bool HasValidConfiguration(this IHost app, TextWriter error)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (OptionsValidationException ex)
        {
            Report(error, ex.Failures);
            return false;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            Report(error, ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
            return false;
        }
    }

    private static void Report(TextWriter error, IEnumerable<string> failures)
    {
        error.WriteLine("BuurtBot cannot start: the configuration is not valid.");
        foreach (var failure in failures.Distinct())
        {
            error.WriteLine($"  - {failure}");
        }
    }
}
