namespace BuurtBot.Data;

/// <summary>
/// Where the database is and how it is kept (section "Database"); the connection string itself is
/// <c>ConnectionStrings:BuurtBot</c> (an SQLite file by default).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "BuurtBot";

    public const string DefaultConnectionString = "Data Source=buurtbot.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply missing migrations when the bot starts. Unset: on for SQLite and in Development, off for SQL Server
    /// elsewhere (production applies the migrations bundle or script before the new version starts; the bot then
    /// refuses to start on a database that lacks migrations).
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>
    /// How long one instance may hold a conversation while it runs a turn; after this another instance takes it over
    /// (a lease row left by an instance that died, or on SQLite a lock held by one that hangs: a dead one's lock goes
    /// at once).
    /// </summary>
    public TimeSpan ConversationLease { get; set; } = TimeSpan.FromSeconds(30);

    public bool ShouldMigrateOnStart(bool isDevelopment) =>
        MigrateOnStart ?? (Provider == DatabaseProvider.Sqlite || isDevelopment);
}
