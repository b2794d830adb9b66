using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuurtBot.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build SQLite's migrations without starting the bot:
/// <c>dotnet ef migrations add Name --context BuurtBotDbContext --output-dir Data/Migrations/Sqlite</c>.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<BuurtBotDbContext>
{
    public BuurtBotDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BuurtBotDbContext>();
        options.UseBuurtBotSqlite(DatabaseOptions.DefaultConnectionString);
        return new BuurtBotDbContext(options.Options);
    }
}
