using BuurtBot.Coordination;
using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Members;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

public static class DataExtensions
{
    /// <summary>The database, bot state storage and the stores the conversations use, all scoped to a turn.</summary>
    public static WebApplicationBuilder AddBuurtBotData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        var connectionString = builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        // Read leniently here: an unknown provider is reported by the start-up check, with the other settings.
        var provider = Enum.TryParse<DatabaseProvider>(builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"], ignoreCase: true, out var chosen)
            ? chosen
            : DatabaseProvider.Sqlite;
        // Pooled: a turn uses several short-lived contexts (the turn's own, the lease's, the outbox's), and a pooled
        // one is reset instead of built again. Only singletons may go into the options (the interceptors are).
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                // A missing connection string is reported by the start-up check, which stops the start before any
                // context is made. Everything asks for BuurtBotDbContext; on SQL Server it is the subtype that owns
                // SQL Server's migrations.
                builder.Services.AddDbContextPool<BuurtBotDbContext, SqlServerBuurtBotDbContext>((services, options) => options
                    .UseBuurtBotSqlServer(connectionString ?? string.Empty)
                    .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
                break;
            default:
                builder.Services.AddDbContextPool<BuurtBotDbContext>((services, options) => options
                    .UseBuurtBotSqlite(connectionString ?? DatabaseOptions.DefaultConnectionString)
                    .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
                break;
        }

        // Turns of one conversation take turns across every instance on this database: on an SQLite file through locks
        // on a file beside it (all its instances share one machine), otherwise through lease rows in the database.
        var sqliteFile = provider == DatabaseProvider.Sqlite ? SqliteConnections.FileOf(connectionString ?? DatabaseOptions.DefaultConnectionString) : null;
        if (sqliteFile is not null && !OperatingSystem.IsMacOS())
        {
            AddFileConversationLeases(builder.Services, sqliteFile);
        }
        else if (sqliteFile is null && provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddSingleton<IConversationLeases, ProcessOnlyConversationLeases>(); // in memory: this process only
        }
        else
        {
            builder.Services.AddSingleton<IConversationLeases, DatabaseConversationLeases>();
        }

        builder.Services.AddScoped<IStorage, EfStorage>();
        builder.Services.AddScoped<TurnUnitOfWork>();
        builder.Services.AddScoped<ITurnUnitOfWork>(services => services.GetRequiredService<TurnUnitOfWork>());
        builder.Services.AddScoped<IActivitySink, OutboxSink>();
        builder.Services.AddScoped<IMemberDirectory, MemberDirectory>();
        builder.Services.AddScoped<RequestBook>();
        builder.Services.AddScoped<IRequestBook>(services => services.GetRequiredService<RequestBook>());
        builder.Services.AddScoped<ICoordinatorQueue, CoordinatorQueue>();
        builder.Services.AddSingleton<IAddressLookup, UnknownAddressLookup>();
        builder.Services.AddScoped<DatabaseMigrator>();
        return builder;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("macos")]
    private static void AddFileConversationLeases(IServiceCollection services, string databaseFile) =>
        services.AddSingleton<IConversationLeases>(provider => ActivatorUtilities.CreateInstance<FileConversationLeases>(
            provider, FileConversationLeases.PathFor(databaseFile)));

    /// <summary>
    /// Creates the database if needed and applies the migrations it lacks, or (with migrating on start off) checks
    /// that none is lacking.
    /// </summary>
    public static async Task MigrateBuurtBotDatabaseAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
    }
}
