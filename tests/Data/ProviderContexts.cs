using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Data;

/// <summary>The bot's context on each provider, configured as the bot configures it, never connected.</summary>
internal static class ProviderContexts
{
    public const string UnreachableSqlServer = "Server=127.0.0.1,1;Database=BuurtBot;User Id=sa;Password=unused;TrustServerCertificate=true;Connect Timeout=1";

    public static BuurtBotDbContext SqlServer()
    {
        var options = new DbContextOptionsBuilder<SqlServerBuurtBotDbContext>();
        options.UseBuurtBotSqlServer(UnreachableSqlServer);
        return new SqlServerBuurtBotDbContext(options.Options);
    }

    public static BuurtBotDbContext Sqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<BuurtBotDbContext>();
        options.UseBuurtBotSqlite(connectionString);
        return new BuurtBotDbContext(options.Options);
    }

    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer" };

    public static BuurtBotDbContext For(string provider) =>
        provider == "SqlServer" ? SqlServer() : Sqlite("Data Source=unused-never-opened.db");
}
