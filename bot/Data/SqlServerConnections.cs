using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

public static class SqlServerConnections
{
    /// <summary>
    /// The bot's SQL Server settings: migrations from this assembly (those of <see cref="SqlServerBuurtBotDbContext"/>),
    /// and transient faults (a failover, a throttled Azure SQL) retried by EF Core.
    /// </summary>
    public static DbContextOptionsBuilder UseBuurtBotSqlServer(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql
            .MigrationsAssembly(typeof(BuurtBotDbContext).Assembly.FullName)
            .EnableRetryOnFailure());
}
