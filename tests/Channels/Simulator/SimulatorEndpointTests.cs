using System.Net;
using System.Net.Http.Json;
using System.Text;
using BuurtBot.Channels.Simulator;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Simulator;

/// <summary>The simulator API over real HTTP on loopback, against the real app on a real SQLite file.</summary>
public sealed class SimulatorEndpointTests : IAsyncLifetime
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
    public void The_server_listens_on_loopback()
    {
        Assert.Equal("127.0.0.1", _server.BaseAddress.Host);
    }

    [Fact]
    public async Task A_message_runs_a_turn_and_the_reply_goes_to_the_sender_on_the_channel_they_used()
    {
        var response = await _http.PostAsJsonAsync("/api/simulator/messages", new { from = "+31612345678", channel = "whatsapp", text = "hallo" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await response.Content.ReadFromJsonAsync<SimulatorTurnResponse>();
        var reply = Assert.Single(turn!.Replies);
        Assert.Equal("+31612345678", reply.To);
        Assert.Equal("whatsapp", reply.Channel);
        Assert.StartsWith("Welkom bij BuurtBot", reply.Text);
    }

    [Fact]
    public async Task A_dutch_national_number_is_the_same_member_as_its_international_form()
    {
        await _http.PostAsJsonAsync("/api/simulator/messages", new { from = "06 1234 5678", channel = "sms", text = "hallo" });
        await _http.PostAsJsonAsync("/api/simulator/messages", new { from = "+31612345678", channel = "whatsapp", text = "Truus" });

        var members = await _server.QueryAsync(db => db.Members.ToListAsync());
        var member = Assert.Single(members);
        Assert.Equal("+31612345678", member.Phone);
        Assert.Equal("Truus", member.FirstName);
    }

    [Theory]
    [InlineData("{\"from\":\"+31612345678\",\"channel\":\"sms\",\"text\":", "not valid JSON")]
    [InlineData("[1,2,3]", "not valid JSON")]
    [InlineData("null", "JSON object")]
    [InlineData("{\"channel\":\"sms\",\"text\":\"hallo\"}", "'from' is required")]
    [InlineData("{\"from\":\"hallo\",\"channel\":\"sms\",\"text\":\"hallo\"}", "not a valid phone number")]
    [InlineData("{\"from\":\"+3161234\",\"channel\":\"sms\",\"text\":\"hallo\"}", "not a valid phone number")]
    [InlineData("{\"from\":\"+31612345678\",\"channel\":\"telegram\",\"text\":\"hallo\"}", "'channel' must be one of")]
    [InlineData("{\"from\":\"+31612345678\",\"text\":\"hallo\"}", "'channel' must be one of")]
    [InlineData("{\"from\":\"+31612345678\",\"channel\":\"sms\"}", "'text' is required")]
    [InlineData("{\"from\":31612345678,\"channel\":\"sms\",\"text\":\"hallo\"}", "not valid JSON")]
    public async Task A_malformed_request_gets_400_with_a_reason_and_changes_nothing(string body, string reason)
    {
        var response = await _http.PostAsync("/api/simulator/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<SimulatorError>();
        Assert.Contains(reason, error!.Error, StringComparison.Ordinal);
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task A_text_longer_than_an_sms_can_carry_or_a_huge_body_is_refused()
    {
        var tooLong = await _http.PostAsJsonAsync("/api/simulator/messages", new { from = "+31612345678", channel = "sms", text = new string('a', 1601) });
        var huge = await _http.PostAsync("/api/simulator/messages", new StringContent(new string(' ', 100_000) + "{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task The_outbox_lists_what_the_bot_sent_in_order_with_the_time_it_was_sent_and_can_be_filtered()
    {
        var ria = _server.Phone("+31611111111");
        var kees = _server.Phone("+31622222222", "whatsapp");
        await ria.SaysAsync("hallo");
        _server.Time.Advance(TimeSpan.FromMinutes(3));
        await kees.SaysAsync("hallo");
        await ria.SaysAsync("Ria");

        var all = await _http.GetFromJsonAsync<OutboxEntry[]>("/api/simulator/outbox");
        Assert.NotNull(all);
        Assert.Equal(["+31611111111", "+31622222222", "+31611111111"], all.Select(e => e.To));
        Assert.Equal(all!.Select(e => e.Id).Order(), all!.Select(e => e.Id));
        Assert.Equal(["sms", "whatsapp", "sms"], all.Select(e => e.Channel));
        Assert.Equal(BotServer.DefaultStart, all[0].SentAt);
        Assert.Equal(BotServer.DefaultStart.AddMinutes(3), all[1].SentAt);

        var riaUnencoded = await _http.GetFromJsonAsync<OutboxEntry[]>("/api/simulator/outbox?to=+31611111111");
        var riaEncoded = await _http.GetFromJsonAsync<OutboxEntry[]>("/api/simulator/outbox?to=%2B31611111111");
        Assert.Equal(2, riaUnencoded!.Length);
        Assert.Equal(riaUnencoded.Select(e => e.Id), riaEncoded!.Select(e => e.Id));
        Assert.Equal(["Dank u, Ria. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12"], (await _http.GetFromJsonAsync<OutboxEntry[]>($"/api/simulator/outbox?after={all[1].Id}"))!.Select(e => e.Text));
    }

    [Theory]
    [InlineData("/api/simulator/outbox?to=hallo")]
    [InlineData("/api/simulator/outbox?limit=0")]
    [InlineData("/api/simulator/outbox?limit=5000")]
    public async Task A_bad_outbox_query_gets_400(string url)
    {
        var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _database.Dispose();
    }

    private async Task AssertNothingChangedAsync()
    {
        Assert.Equal(0, await _server.QueryAsync(db => db.Members.CountAsync()));
        Assert.Equal(0, await _server.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await _server.QueryAsync(db => db.StateEntries.CountAsync()));
    }
}
