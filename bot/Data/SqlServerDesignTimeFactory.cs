using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuurtBot.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build SQL Server's migrations, bundle and script without a server:
/// <c>dotnet ef migrations add Name --context SqlServerBuurtBotDbContext --output-dir Data/Migrations/SqlServer</c>.
/// The bundle takes the real connection string with <c>--connection</c>.
/// </summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBuurtBotDbContext>
{
    public SqlServerBuurtBotDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerBuurtBotDbContext>();
        options.UseBuurtBotSqlServer("Server=localhost;Database=BuurtBot;Integrated Security=true;TrustServerCertificate=true");
        return new SqlServerBuurtBotDbContext(options.Options);
    }
}
