using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuurtBot.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build SQL Server's migrations, bundle and script without a server:
/// <c>dotnet ef migrations add Name --context SqlServerBuurtBotDbContext --output-dir Data/Migrations/SqlServer</c>.
/// The bundle takes the real connection string with <c>--connection</c>, or from the environment variable
/// <c>ConnectionStrings__BuurtBot</c> as the bot itself does (how the container's migrate step runs it).
/// </summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBuurtBotDbContext>
{
    public SqlServerBuurtBotDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerBuurtBotDbContext>();
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__BuurtBot");
        options.UseBuurtBotSqlServer(string.IsNullOrWhiteSpace(connectionString)
            ? "Server=localhost;Database=BuurtBot;Integrated Security=true;TrustServerCertificate=true"
            : connectionString);
        return new SqlServerBuurtBotDbContext(options.Options);
    }
}
