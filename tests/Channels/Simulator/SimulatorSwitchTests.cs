using System.Net;
using System.Net.Http.Json;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Channels.Simulator;

/// <summary>The simulator is off outside Development unless switched on.</summary>
public sealed class SimulatorSwitchTests
{
    [Fact]
    public async Task With_the_simulator_off_its_api_and_page_do_not_exist_but_health_does()
    {
        using var database = new TempDatabase();
        await using var server = new BotServer(database.ConnectionString, settings: new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        using var http = server.CreateClient();

        var post = await http.PostAsJsonAsync("/api/simulator/messages", new { from = "+31612345678", channel = "sms", text = "hallo" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/simulator/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }
}
