using BuurtBot.Data;

namespace BuurtBot.Hosting.Validation;

/// <summary>
/// The "Database" section as the start-up check reads it: the provider as written (a string, so a wrong name is
/// reported instead of failing the binding of <see cref="DatabaseOptions"/>).
/// </summary>
internal sealed class DatabaseSettings
{
    public const string Section = DatabaseOptions.Section;

    public static readonly string[] Providers = Enum.GetNames<DatabaseProvider>();

    public string? Provider { get; set; }

    /// <summary>ConnectionStrings:BuurtBot, filled in from its own section.</summary>
    public string? ConnectionString { get; set; }
}
