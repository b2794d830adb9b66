using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

public static class SqliteConnections
{
    private static readonly SqlitePragmaInterceptor Pragmas = new(TimeSpan.FromSeconds(30));

    /// <summary>
    /// The bot's SQLite settings: migrations from this assembly, waiting for other writers, commits without fsync (WAL),
    /// and one writer at a time among the contexts made from these options (<see cref="SqliteWriteGate"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseBuurtBotSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(Prepare(connectionString), sqlite => sqlite.MigrationsAssembly(typeof(BuurtBotDbContext).Assembly.FullName))
            .AddInterceptors(Pragmas, new SqliteWriteGate());

    /// <summary>
    /// Makes sure the folder of an SQLite file exists and waits (rather than fails) while another writer holds
    /// the lock.
    /// </summary>
    public static string Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        if (FileOf(builder) is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }

    /// <summary>The full path of the database file, or null for a database in memory.</summary>
    public static string? FileOf(string connectionString) => FileOf(new SqliteConnectionStringBuilder(connectionString));

    private static string? FileOf(SqliteConnectionStringBuilder builder) =>
        string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(builder.DataSource);
}
