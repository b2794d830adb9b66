using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BuurtBot.Tests.Data;

/// <summary>
/// Each provider has its own migrations, and they are complete: no SQL Server is available here, so SQL Server's
/// migrations are proven by scripting every one of them to T-SQL, and both providers' migrations by matching the
/// model (a model change without a migration fails here, and so in CI).
/// </summary>
public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void The_migrations_of_each_provider_match_the_model_so_a_model_change_without_a_migration_fails(string provider)
    {
        using var db = ProviderContexts.For(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration: dotnet ef migrations add <Name> --project bot "
            + (provider == "SqlServer"
                ? "--context SqlServerBuurtBotDbContext --output-dir Data/Migrations/SqlServer --namespace BuurtBot.Data.Migrations.SqlServer"
                : "--context BuurtBotDbContext --output-dir Data/Migrations/Sqlite"));
    }

    [Fact]
    public void The_providers_keep_their_migrations_apart()
    {
        using var sqlite = ProviderContexts.For("Sqlite");
        using var sqlServer = ProviderContexts.SqlServer();

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var sqlServerMigrations = sqlServer.Database.GetMigrations().ToList();

        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(sqlServerMigrations);
        Assert.Empty(sqliteMigrations.Intersect(sqlServerMigrations));
        Assert.True(sqlServer.Database.IsSqlServer());
        Assert.True(sqlite.Database.IsSqlite());
    }

    [Fact]
    public void Every_SqlServer_migration_scripts_to_TSql_that_creates_every_table_of_the_model()
    {
        using var db = ProviderContexts.SqlServer();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var migration in db.Database.GetMigrations())
        {
            // The idempotent script guards each migration by its id and records it in the history table.
            Assert.Contains($"[MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
            Assert.Contains($"VALUES (N'{migration}', N'10.0.14')", script, StringComparison.Ordinal);
        }

        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        // T-SQL, not SQLite's dialect.
        Assert.Contains("bigint NOT NULL IDENTITY", script, StringComparison.Ordinal);
        Assert.Contains("uniqueidentifier", script, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTOINCREMENT", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_SqlServer_migration_also_scripts_on_its_own_up_and_down()
    {
        using var db = ProviderContexts.SqlServer();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();

        var previous = Migration.InitialDatabase;
        foreach (var migration in migrations)
        {
            var up = migrator.GenerateScript(previous, migration);
            var down = migrator.GenerateScript(migration, previous);
            Assert.Contains("INSERT INTO [__EFMigrationsHistory]", up, StringComparison.Ordinal);
            Assert.Contains("DELETE FROM [__EFMigrationsHistory]", down, StringComparison.Ordinal);
            previous = migration;
        }
    }
}
