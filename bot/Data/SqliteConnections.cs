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

        var path = builder.DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
