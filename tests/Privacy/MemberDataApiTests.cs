using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuurtBot.Coordination.Api;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// A coordinator, asked by letter or phone, exports everything the bot holds about one member (JSON), or removes it.
/// </summary>
public sealed class MemberDataApiTests : ConversationFixture
{
    private const string Key = "test-coordinator-key-0123456789";
    private const string Truus = "+31612345678";
    private const string Anna = "+31611111111";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Coordinator:ApiKey"] = Key,
        ["Outbox:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task The_export_holds_the_member_their_requests_offers_matches_and_messages_both_ways()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        await anna.SaysAsync("ja");
        await truus.SaysAsync("zeg tegen Anna dat ik om zes uur kom");
        var truusId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Truus).Select(m => m.Id).SingleAsync());
        using var http = Coordinator();

        var response = await http.GetAsync($"/api/coordinator/members/{truusId}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var member = export.GetProperty("member");
        Assert.Equal((Truus, "Truus", "Lindelaan", "4", "1234AB"), (member.GetProperty("phone").GetString(), member.GetProperty("firstName").GetString(),
            member.GetProperty("street").GetString(), member.GetProperty("houseNumber").GetString(), member.GetProperty("postcode").GetString()));
        var request = Assert.Single(export.GetProperty("requests").EnumerateArray());
        Assert.Equal(("Meal", "Matched"), (request.GetProperty("kind").GetString(), request.GetProperty("status").GetString()));
        Assert.Empty(export.GetProperty("offers").EnumerateArray());
        Assert.Equal("zeg tegen Anna dat ik om zes uur kom", Assert.Single(export.GetProperty("relayedMessages").EnumerateArray()).GetProperty("text").GetString());
        var received = export.GetProperty("messagesReceivedFromMember").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Contains("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles", received);
        var sent = export.GetProperty("messagesSentToMember").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Contains(sent, t => t!.StartsWith("Goed nieuws! Anna kookt voor u.", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, t => t!.Contains("Anna uit de Kerkstraat wil", StringComparison.Ordinal)); // not another member's messages

        var annaId = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == Anna).Select(m => m.Id).SingleAsync());
        var annas = JsonDocument.Parse(await http.GetStringAsync($"/api/coordinator/members/{annaId}/export")).RootElement;
        Assert.Equal("Meal", Assert.Single(annas.GetProperty("offers").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(request.GetProperty("id").GetInt64(), Assert.Single(annas.GetProperty("requestsTakenOn").EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Without_the_key_or_for_an_unknown_member_nothing_is_exported_or_removed()
    {
        await IdleMemberAsync(Truus, "Truus");
        var id = await Server.QueryAsync(db => db.Members.Select(m => m.Id).SingleAsync());
        using var anonymous = Server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/coordinator/members/{id}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/coordinator/members/{id}")).StatusCode);

        using var http = Coordinator();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/coordinator/members/999/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync("/api/coordinator/members/999")).StatusCode);
        Assert.Equal("Truus", await Server.QueryAsync(db => db.Members.Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task A_coordinator_removes_truus_data_on_her_written_request_and_she_starts_afresh()
    {
        var truus = await IdleMemberAsync(Truus, "Truus");
        await truus.SaysAsync("ik wil morgen een boormachine lenen");
        var id = await Server.QueryAsync(db => db.Members.Select(m => m.Id).SingleAsync());
        using var http = Coordinator();

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/coordinator/members/{id}")).StatusCode);

        var export = JsonDocument.Parse(await http.GetStringAsync($"/api/coordinator/members/{id}/export")).RootElement;
        Assert.Equal($"erased:{id}", export.GetProperty("member").GetProperty("phone").GetString());
        Assert.Empty(export.GetProperty("messagesReceivedFromMember").EnumerateArray());
        Assert.Empty(export.GetProperty("messagesSentToMember").EnumerateArray());
        Assert.False(await Server.QueryAsync(db => db.StateEntries.AnyAsync()));
        Assert.StartsWith("Welkom bij BuurtBot!", (await truus.SaysAsync("hallo"))[0]);
    }

    private HttpClient Coordinator()
    {
        var http = Server.CreateClient();
        http.DefaultRequestHeaders.Add(CoordinatorApiOptions.HeaderName, Key);
        return http;
    }
}
