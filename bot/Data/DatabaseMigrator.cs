using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Data;

/// <summary>
/// At start-up: applies pending migrations (EF Core takes a database-wide lock first, so instances starting
/// together migrate once) and switches SQLite to write-ahead logging. With <see cref="DatabaseOptions.MigrateOnStart"/>
/// off it only checks, and refuses to start on a database that lacks migrations.
/// </summary>
internal sealed partial class DatabaseMigrator(
    BuurtBotDbContext db, IOptions<DatabaseOptions> options, IHostEnvironment environment, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (!options.Value.ShouldMigrateOnStart(environment.IsDevelopment()))
        {
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and Database:MigrateOnStart is off: "
                    + "apply the migrations bundle or script first (README, 'Running on SQL Server').");
            }

            LogChecked(logger, db.Database.ProviderName ?? "unknown");
            return;
        }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: no migration missing on {Provider} (migrating on start is off)")]
    private static partial void LogChecked(ILogger logger, string provider);
}
