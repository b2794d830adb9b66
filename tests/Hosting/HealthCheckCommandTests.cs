using BuurtBot.Cli;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Hosting;

/// <summary>The container's HEALTHCHECK: `dotnet BuurtBot.dll healthcheck [url]` exits 0 while /health answers, 1 when nothing does.</summary>
public sealed class HealthCheckCommandTests
{
    [Fact]
    public async Task A_running_bot_is_healthy_and_a_closed_port_is_not()
    {
        using var database = new TempDatabase();
        await using var server = new BotServer(database.ConnectionString, kestrel: true);
        var error = new StringWriter();

        Assert.Equal(0, await HealthCheckCommand.RunAsync([new Uri(server.BaseAddress, "/health").ToString()], error));
        Assert.Equal(1, await HealthCheckCommand.RunAsync([new Uri(server.BaseAddress, "/no-such-page").ToString()], error));
        Assert.Contains("answered 404", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await HealthCheckCommand.RunAsync(["http://127.0.0.1:1/health"], error));
        Assert.Equal(2, await HealthCheckCommand.RunAsync(["not a url"], error));
    }
}
