namespace BuurtBot.Hosting.Validation;

/// <summary>The "Database" section as the start-up check reads it: which provider, as written.</summary>
internal sealed class DatabaseSettings
{
    public const string Section = "Database";

    public static readonly string[] Providers = ["Sqlite", "SqlServer"];

    public string? Provider { get; set; }

    /// <summary>ConnectionStrings:BuurtBot, filled in from its own section.</summary>
    public string? ConnectionString { get; set; }
}
