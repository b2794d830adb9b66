using System.Net;
using System.Net.Http.Json;
using BuurtBot.Coordination.Api;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Coordination;

/// <summary>The coordinators' API: the queue with the conversation so far, answering through the bot, closing, vetting.</summary>
public sealed class CoordinatorApiTests : ConversationFixture
{
    private const string Key = "test-coordinator-key-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Coordinator:ApiKey"] = Key };

    [Fact]
    public async Task Without_the_right_api_key_every_request_gets_401()
    {
        using var http = Server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/coordinator/items")).StatusCode);

        http.DefaultRequestHeaders.Add(CoordinatorApiOptions.HeaderName, "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/coordinator/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/coordinator/members/1/vetted", new { vetted = true })).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_sees_the_item_with_the_conversation_answers_the_person_and_closes_it()
    {
        var truus = await RegisteredAsync("+31612345678", "Truus");
        await truus.SaysAsync("0"); // a person, please
        using var http = Coordinator();

        var item = Assert.Single((await http.GetFromJsonAsync<CoordinatorItemView[]>("/api/coordinator/items"))!);
        Assert.Equal(("asked-for-coordinator", "Truus", "+31612345678", "Lindelaan"), (item.Reason, item.Member.FirstName, item.Member.Phone, item.Member.Street));
        Assert.Contains(item.Conversation, l => l.Direction == "in" && l.Text == "0");
        Assert.Contains(item.Conversation, l => l.Direction == "out" && l.Text.StartsWith("Ik vraag een medewerker", StringComparison.Ordinal));
        Assert.Equal(item.Conversation.OrderBy(l => l.At).Select(l => l.At), item.Conversation.Select(l => l.At));

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsJsonAsync($"/api/coordinator/items/{item.Id}/reply", new { text = "Ik bel u vanmiddag. Groet, Marja" })).StatusCode);
        Assert.Equal("Bericht van uw buurtcoördinator: Ik bel u vanmiddag. Groet, Marja", await truus.LastMessageAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsync($"/api/coordinator/items/{item.Id}/close", null)).StatusCode);
        Assert.Empty((await http.GetFromJsonAsync<CoordinatorItemView[]>("/api/coordinator/items"))!);
        Assert.Single((await http.GetFromJsonAsync<CoordinatorItemView[]>("/api/coordinator/items?closed=true"))!);
    }

    [Fact]
    public async Task Bad_requests_get_a_clear_answer_and_change_nothing()
    {
        using var http = Coordinator();
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/api/coordinator/items/999/reply", new { text = "hallo" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/coordinator/items/999/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/api/coordinator/members/999/vetted", new { vetted = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/coordinator/requests/999/messages")).StatusCode);

        var truus = await RegisteredAsync("+31612345678", "Truus");
        await truus.SaysAsync("0");
        var item = Assert.Single((await http.GetFromJsonAsync<CoordinatorItemView[]>("/api/coordinator/items"))!);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync($"/api/coordinator/items/{item.Id}/reply", new { text = "" })).StatusCode);
        Assert.Equal(0, await Server.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Text.StartsWith("Bericht van uw buurtcoördinator"))));
    }

    [Fact]
    public async Task A_coordinator_marks_a_helper_as_vetted()
    {
        await RegisteredAsync("+31611111111", "Anna");
        var id = await Server.QueryAsync(db => db.Members.Select(m => m.Id).SingleAsync());
        using var http = Coordinator();

        Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsJsonAsync($"/api/coordinator/members/{id}/vetted", new { vetted = true })).StatusCode);
        Assert.True((await Server.QueryAsync(db => db.Members.SingleAsync())).Vetted);
    }

    private HttpClient Coordinator()
    {
        var http = Server.CreateClient();
        http.DefaultRequestHeaders.Add(CoordinatorApiOptions.HeaderName, Key);
        return http;
    }
}
