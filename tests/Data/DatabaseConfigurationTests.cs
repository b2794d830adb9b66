using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Hosting;
using BuurtBot.Hosting.Validation;
using BuurtBot.Storage;
using BuurtBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Data;

/// <summary>Database:Provider, the connection string "BuurtBot" and Database:MigrateOnStart, as the bot reads them.</summary>
public sealed class DatabaseConfigurationTests
{
    [Fact]
    public async Task With_Provider_SqlServer_the_bot_talks_to_SQL_Server_with_SQL_Servers_migrations()
    {
        await using var app = Build("Production", new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:BuurtBot"] = ProviderContexts.UnreachableSqlServer,
        });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        Assert.IsType<SqlServerBuurtBotDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
        Assert.All(db.Database.GetMigrations(), id => Assert.DoesNotContain(id, ProviderContexts.For("Sqlite").Database.GetMigrations()));
        Assert.IsType<DatabaseConversationLeases>(app.Services.GetRequiredService<IConversationLeases>()); // lease rows
    }

    [Fact]
    public async Task Without_a_provider_the_bot_uses_the_SQLite_file_of_the_connection_string()
    {
        using var database = new TempDatabase();
        await using var app = Build("Production", new() { ["ConnectionStrings:BuurtBot"] = database.ConnectionString });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        Assert.Equal(typeof(BuurtBotDbContext), db.GetType());
        Assert.True(db.Database.IsSqlite());
        Assert.Equal(database.Path, new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);

        // Its instances hold conversations by locks on a file beside it.
        var leases = app.Services.GetRequiredService<IConversationLeases>();
        if (OperatingSystem.IsMacOS())
        {
            Assert.IsType<DatabaseConversationLeases>(leases);
        }
        else
        {
            Assert.Equal(database.Path + "-leases", Assert.IsType<FileConversationLeases>(leases).Path);
        }
    }

    [Fact]
    public async Task An_SQLite_database_in_memory_is_held_by_this_process_alone()
    {
        await using var app = Build("Production", new() { ["ConnectionStrings:BuurtBot"] = "Data Source=buurtbot;Mode=Memory;Cache=Shared" });

        Assert.IsType<ProcessOnlyConversationLeases>(app.Services.GetRequiredService<IConversationLeases>());
    }

    [Fact]
    public void SqlServer_without_a_connection_string_stops_the_start_with_a_clear_message()
    {
        using var app = Build("Production", new() { ["Database:Provider"] = "SqlServer", ["Coordinator:ApiKey"] = "a-key-long-enough-for-production" });
        var error = new StringWriter();

        Assert.False(app.HasValidConfiguration(error));
        Assert.Contains("ConnectionStrings:BuurtBot is missing: Database:Provider=SqlServer needs a SQL Server connection string.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_migrating_on_start_off_the_bot_refuses_a_database_that_lacks_migrations_and_changes_nothing()
    {
        using var database = new TempDatabase();
        await using var app = Build("Production", new()
        {
            ["ConnectionStrings:BuurtBot"] = database.ConnectionString,
            ["Database:MigrateOnStart"] = "false",
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.MigrateBuurtBotDatabaseAsync());

        Assert.Contains("Database:MigrateOnStart", error.Message, StringComparison.Ordinal);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'Members'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task With_migrating_on_start_off_a_migrated_database_is_accepted()
    {
        using var database = new TempDatabase();
        await using (var first = Build("Production", new() { ["ConnectionStrings:BuurtBot"] = database.ConnectionString }))
        {
            await first.MigrateBuurtBotDatabaseAsync();
        }

        await using var app = Build("Production", new()
        {
            ["ConnectionStrings:BuurtBot"] = database.ConnectionString,
            ["Database:MigrateOnStart"] = "false",
        });

        await app.MigrateBuurtBotDatabaseAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Production", null, true)]
    [InlineData(DatabaseProvider.SqlServer, "Development", null, true)]
    [InlineData(DatabaseProvider.SqlServer, "Production", null, false)]
    [InlineData(DatabaseProvider.SqlServer, "Production", true, true)]
    [InlineData(DatabaseProvider.Sqlite, "Development", false, false)]
    public void Migrating_on_start_defaults_to_on_for_SQLite_and_Development_and_off_for_SQL_Server_in_production(
        DatabaseProvider provider, string environment, bool? configured, bool expected)
    {
        var options = new DatabaseOptions { Provider = provider, MigrateOnStart = configured };

        Assert.Equal(expected, options.ShouldMigrateOnStart(environment == "Development"));
    }

    private static WebApplication Build(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBuurtBot();
        return builder.Build();
    }
}
