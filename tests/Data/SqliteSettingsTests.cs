using BuurtBot.Data;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Data;

/// <summary>The SQLite settings the bot's connections carry (<see cref="SqlitePragmaInterceptor"/>), on every open.</summary>
public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task Every_connection_of_the_bot_waits_for_writers_commits_without_fsync_caches_32_MB_and_checkpoints_every_16000_pages()
    {
        using var database = new TempDatabase();
        var builder = new DbContextOptionsBuilder<BuurtBotDbContext>();
        builder.UseBuurtBotSqlite(database.ConnectionString);
        var options = builder.Options;

        for (var open = 0; open < 2; open++) // the second open gets the pooled native connection
        {
            await using var db = new BuurtBotDbContext(options);
            await db.Database.OpenConnectionAsync();
            Assert.Equal(30000, await PragmaAsync(db, "busy_timeout"));
            Assert.Equal(1, await PragmaAsync(db, "synchronous")); // NORMAL
            Assert.Equal(0, await PragmaAsync(db, "mmap_size"));
            Assert.Equal(-32768, await PragmaAsync(db, "cache_size"));
            Assert.Equal(16000, await PragmaAsync(db, "wal_autocheckpoint"));
        }
    }

    private static async Task<long> PragmaAsync(BuurtBotDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
