using BuurtBot.Data;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting.Validation;

/// <summary>Database:Provider is Sqlite (the default) or SqlServer; SQL Server needs ConnectionStrings:BuurtBot.</summary>
internal sealed class DatabaseSettingsValidator : IValidateOptions<DatabaseSettings>
{
    public ValidateOptionsResult Validate(string? name, DatabaseSettings options)
    {
        var check = new SettingChecks(DatabaseSettings.Section);
        var provider = options.Provider;
        if (!string.IsNullOrWhiteSpace(provider) && !DatabaseSettings.Providers.Contains(provider.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            check.Add($"Provider must be {string.Join(" or ", DatabaseSettings.Providers)} (it is \"{provider}\").");
        }
        else if (string.Equals(provider?.Trim(), nameof(DatabaseProvider.SqlServer), StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is missing: Database:Provider=SqlServer needs a SQL Server connection string.");
        }

        return check.Result();
    }
}
