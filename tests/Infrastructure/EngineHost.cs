using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;
using BuurtBot.Members;
using BuurtBot.Outbox;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>
/// The turn engine with the bot's real storage (EF Core on an SQLite file) and a bot of the test's choosing:
/// for testing the engine itself. Two hosts on one file behave like two processes.
/// </summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public EngineHost(
        string connectionString, Func<IServiceProvider, IBot> bot, FakeTimeProvider? time = null, Action<TurnOptions>? turns = null,
        Action<DbContextOptionsBuilder>? database = null, Func<IServiceProvider, IConversationLeases>? leases = null)
    {
        Time = time ?? new FakeTimeProvider(BotServer.DefaultStart);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Time);
        services.AddDbContext<BuurtBotDbContext>(options =>
        {
            options.UseBuurtBotSqlite(connectionString);
            database?.Invoke(options);
        });
        services.AddScoped<IStorage, EfStorage>();
        services.AddScoped<TurnUnitOfWork>();
        services.AddScoped<ITurnUnitOfWork>(services => services.GetRequiredService<TurnUnitOfWork>());
        services.AddScoped<IActivitySink, OutboxSink>();
        services.AddScoped<IMemberDirectory, MemberDirectory>();
        services.AddOptions<DatabaseOptions>();
        services.AddMetrics();
        services.AddSingleton<BuurtBot.Observability.BuurtBotMetrics>();
        services.AddOutboxBacklog(); // as the bot: a turn waits while the outbox is behind
        if (leases is null)
        {
            services.AddSingleton<IConversationLeases, DatabaseConversationLeases>(); // as the bot on SQL Server: lease rows
        }
        else
        {
            services.AddSingleton(leases);
        }
        services.AddTurnPipeline();
        services.Configure<TurnOptions>(options => turns?.Invoke(options));
        services.AddScoped(bot);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;"); // as the bot runs it
    }

    public FakeTimeProvider Time { get; }

    public ITurnProcessor Turns => _services.GetRequiredService<ITurnProcessor>();

    public IServiceProvider Services => _services;

    /// <summary>One message from <paramref name="from"/>; the texts the bot answered.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string from, string text)
    {
        var result = await Turns.ProcessAsync(Activity.Incoming(Channel.Sms, from, text, Time.GetUtcNow()), CancellationToken.None);
        return result.Replies.Select(r => r.Text).ToArray();
    }

    public async Task<T> QueryAsync<T>(Func<BuurtBotDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
