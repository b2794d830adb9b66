using BuurtBot.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>
/// The real bot (its Program, its composition) on a real SQLite file, with a clock the test moves. With
/// <c>kestrel: true</c> it listens on a loopback port and is reached over real HTTP.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    /// <summary>Monday 23 November 2026, 10:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<ILoggingBuilder>? _logging;

    public BotServer(
        string connectionString, FakeTimeProvider? time = null, bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null,
        Action<ILoggingBuilder>? logging = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        _logging = logging;
        Time = time ?? new FakeTimeProvider(DefaultStart);
        if (kestrel)
        {
            UseKestrel(0);
            StartServer();
        }
    }

    public FakeTimeProvider Time { get; }

    /// <summary>The address of the running server (http://127.0.0.1:port with Kestrel).</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public SimulatedPhone Phone(string number, string channel = "sms") => new(CreateClient(), number, channel);

    /// <summary>Reads the database as it is now, in a fresh scope.</summary>
    public async Task<T> QueryAsync<T>(Func<BuurtBotDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(RepoPaths.Bot);
        builder.UseSetting("ConnectionStrings:BuurtBot", _connectionString);
        builder.UseSetting("Simulator:Enabled", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_logging is not null)
        {
            builder.ConfigureLogging(_logging);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }
}
