using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

/// <summary>Applies pending migrations at start-up and switches SQLite to write-ahead logging.</summary>
internal sealed partial class DatabaseMigrator(BuurtBotDbContext db, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while a turn writes; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, pending.Count, db.Database.ProviderName ?? "unknown");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: {Applied} migration(s) applied on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int applied, string provider);
}
