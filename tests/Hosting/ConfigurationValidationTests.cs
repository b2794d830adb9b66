using System.Diagnostics;
using BuurtBot.Coordination;
using BuurtBot.Coordination.Api;
using BuurtBot.Hosting.Validation;
using BuurtBot.Outbox;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace BuurtBot.Tests.Hosting;

/// <summary>
/// Settings are checked when the bot starts, before it touches the database: a wrong one stops the start with a
/// message that names the key, and the process exits non-zero.
/// </summary>
public sealed class ConfigurationValidationTests
{
    [Fact]
    public async Task Bad_settings_stop_the_start_with_one_line_per_problem_naming_the_key()
    {
        using var database = new TempDatabase();
        var start = new ProcessStartInfo("dotnet", [BotProcess.BotDll(), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(database.Path)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__BuurtBot"] = database.ConnectionString;
        start.Environment["Outbox__MaxAttempts"] = "0";
        start.Environment["Matching__MaxRank"] = "7";
        start.Environment["Turns__MaxConcurrentTurns"] = "0";
        start.Environment["Coordinator__AlertPhones__0"] = "+31612345678";
        start.Environment["Coordinator__AlertPhones__1"] = "bel Marja";
        start.Environment["Database__Provider"] = "Oracle";
        start.Environment["Twilio__AccountSid"] = "AC0123456789abcdef0123456789abcdef"; // the rest of Twilio is missing
        start.Environment.Remove("Coordinator__ApiKey");

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var error = await stderr;
        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("BuurtBot cannot start: the configuration is not valid.", error, StringComparison.Ordinal);
        Assert.Contains("Outbox:MaxAttempts must be between 1 and 100 (it is 0).", error, StringComparison.Ordinal);
        Assert.Contains("Matching:MaxRank must be between 0 and 2 (it is 7).", error, StringComparison.Ordinal);
        Assert.Contains("Turns:MaxConcurrentTurns must be between 1 and 1024 (it is 0).", error, StringComparison.Ordinal);
        Assert.Contains("Coordinator:AlertPhones:1 is not a phone number in E.164 form", error, StringComparison.Ordinal);
        Assert.DoesNotContain("AlertPhones:0", error, StringComparison.Ordinal);
        Assert.Contains("Database:Provider must be Sqlite or SqlServer (it is \"Oracle\").", error, StringComparison.Ordinal);
        Assert.Contains("Twilio:AuthToken is missing", error, StringComparison.Ordinal);
        Assert.Contains("Coordinator:ApiKey is missing", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error + await stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(database.Path), "the database must not be touched before the settings are valid");
    }

    [Fact]
    public void The_defaults_are_valid_and_the_api_key_is_only_required_in_production()
    {
        Assert.True(new OutboxOptionsValidator().Validate(null, new OutboxOptions()).Succeeded);
        Assert.True(new MatchingOptionsValidator().Validate(null, new BuurtBot.Matching.MatchingOptions()).Succeeded);
        Assert.True(new TurnOptionsValidator().Validate(null, new BuurtBot.Dialogs.Engine.Turns.TurnOptions()).Succeeded);

        var development = new CoordinatorSettingsValidator(Environment("Development"));
        var production = new CoordinatorSettingsValidator(Environment("Production"));
        Assert.True(development.Validate(null, new CoordinatorApiOptions()).Succeeded);
        Assert.True(development.Validate(null, new CoordinatorAlertOptions()).Succeeded);
        Assert.Equal(
            "Coordinator:ApiKey is missing: in Production coordinators need it (X-Api-Key) to see the queue. Set it from a secret store.",
            Assert.Single(production.Validate(null, new CoordinatorApiOptions()).Failures!));
        Assert.Equal(
            "Coordinator:ApiKey is too short: use at least 16 random characters.",
            Assert.Single(production.Validate(null, new CoordinatorApiOptions { ApiKey = "geheim" }).Failures!));
        Assert.True(production.Validate(null, new CoordinatorApiOptions { ApiKey = "0123456789abcdef0123" }).Succeeded);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("sqlite", null, null)]
    [InlineData("SqlServer", "Server=sql;Database=buurtbot", null)]
    [InlineData("SqlServer", null, "ConnectionStrings:BuurtBot is missing: Database:Provider=SqlServer needs a SQL Server connection string.")]
    [InlineData("Postgres", "Host=x", "Database:Provider must be Sqlite or SqlServer (it is \"Postgres\").")]
    public void The_database_provider_is_sqlite_or_sql_server_with_a_connection_string(string? provider, string? connectionString, string? problem)
    {
        var result = new DatabaseSettingsValidator().Validate(null, new DatabaseSettings { Provider = provider, ConnectionString = connectionString });
        Assert.Equal(problem, result.Failures?.Single());
    }

    [Fact]
    public void Durations_out_of_range_are_named_with_their_limits()
    {
        var result = new OutboxOptionsValidator().Validate(null, new OutboxOptions { FirstRetryDelay = TimeSpan.FromMinutes(10), MaxRetryDelay = TimeSpan.FromMinutes(1) });
        Assert.Equal("Outbox:MaxRetryDelay must be between 00:10:00 and 1.00:00:00 (it is 00:01:00).", Assert.Single(result.Failures!));
    }

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
