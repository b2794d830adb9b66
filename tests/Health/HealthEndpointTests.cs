using System.Net;
using System.Text.Json;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BuurtBot.Tests.Health;

/// <summary>
/// /health says the process is alive without touching the database; /health/ready says whether it can serve:
/// the database answers and has every migration this build expects, and the intent model is trained.
/// </summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private BotServer _server = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _server = new BotServer(_database.ConnectionString, kestrel: true);
        _http = _server.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_migrated_database_is_alive_and_ready()
    {
        var alive = await _http.GetAsync("/health");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (alive.StatusCode, await alive.Content.ReadAsStringAsync()));

        // The intent model trains in the background at start (about 1 s); ready waits for it.
        var (status, body) = await ReadyAsync();
        for (var waited = 0; status != HttpStatusCode.OK && waited < 300; waited++)
        {
            await Task.Delay(100);
            (status, body) = await ReadyAsync();
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["database", "migrations", "understanding"], body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task A_missing_migration_makes_it_not_ready_but_still_alive()
    {
        string removed;
        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory) RETURNING MigrationId";
            removed = (string)(await command.ExecuteScalarAsync())!;
        }

        var (status, body) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var migrations = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "migrations");
        Assert.Equal("Unhealthy", migrations.GetProperty("status").GetString());
        Assert.Equal($"1 migration(s) pending, the first {removed}.", migrations.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task An_unreachable_database_makes_it_not_ready_but_still_alive()
    {
        // A folder where the database file was: SQLite cannot open it. The bot's background work (outbox, scheduler)
        // may open the database between the delete and the folder's creation, and SQLite then creates the file again:
        // the folder is made again until it is there.
        for (var attempt = 1; ; attempt++)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_database.Path)!))
            {
                File.Delete(file);
            }

            try
            {
                Directory.CreateDirectory(_database.Path);
                break;
            }
            catch (IOException) when (attempt < 50 && File.Exists(_database.Path))
            {
            }
        }

        // The bot's background work (outbox, scheduler) may have opened a connection meanwhile, to the file just deleted,
        // which works on: without this the check could borrow it from the pool and find the database there.
        SqliteConnection.ClearAllPools();

        var (status, body) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var database = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString()); // not only "migrations pending" on a new empty file
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/health")).StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync()
    {
        var response = await _http.GetAsync("/health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
