using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BuurtBot.Tests.Hosting;

/// <summary>
/// The built bot started as its own process, the way `dotnet run --project bot` starts it: --urls and
/// ConnectionStrings__BuurtBot decide where it listens and which database file it creates and migrates.
/// </summary>
public sealed class BotProcessTests
{
    [Fact]
    public async Task The_bot_creates_and_migrates_its_database_logs_json_lines_and_answers_health()
    {
        using var database = new TempDatabase();
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet", [BotProcess.BotDll(), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(database.Path)!,
        };
        start.Environment["ConnectionStrings__BuurtBot"] = database.ConnectionString;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");

        using var process = Process.Start(start)!;
        var lines = new List<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await WaitForHealthAsync(http, process);
            Assert.Equal(HttpStatusCode.OK, health);

            // Migrations, not EnsureCreated: the history table lists the applied migration.
            await using (var connection = new SqliteConnection(database.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
                Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
            }

            // A Debug build without an environment runs as Development: the simulator page is there.
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);

            string[] logged;
            lock (lines)
            {
                logged = [.. lines];
            }

            Assert.NotEmpty(logged);
            Assert.All(logged, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
            Assert.Contains(logged, line => line.Contains("\"Category\":\"BuurtBot.Data.DatabaseMigrator\"", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient http, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                Assert.Fail("the bot exited: " + await process.StandardError.ReadToEndAsync());
            }
            try
            {
                var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return response.StatusCode;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        return HttpStatusCode.ServiceUnavailable;
    }
}
