using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Observability;

/// <summary>Meters are process-wide listeners: these tests run alone, so the counts are this conversation's only.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;

/// <summary>
/// A conversation over real HTTP, then a Prometheus scrape of /metrics: turns by channel, messages sent, the match
/// and how long it took, the coordinator item, and how sure the parser was.
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed class MetricsEndpointTests : ConversationFixture
{
    private const string Truus = "+31612345678";
    private const string Anna = "+31611111111";

    protected override bool UseKestrel => true;

    [Fact]
    public async Task A_match_and_a_request_for_a_coordinator_move_the_counters()
    {
        using var http = Server.CreateClient();
        var before = new PrometheusText(await http.GetStringAsync("/metrics"));
        Assert.Equal(0, before.Sum("buurtbot_turns_total"));

        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen"); // 7 turns on WhatsApp
        var truus = await IdleMemberAsync(Truus, "Truus"); // 5 turns on SMS
        await truus.SaysAsync("ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Server.Time.Advance(TimeSpan.FromMinutes(20));
        await anna.SaysAsync("ja");
        await truus.SaysAsync("medewerker");
        await EventuallyAsync(async () => (await Scrape(http)).Sum("buurtbot_messages_sent_total") >= await CountOutboxAsync(), "every message sent");

        var metrics = await Scrape(http);
        Assert.Equal(8, metrics.Sum("buurtbot_turns_total", ("channel", "whatsapp")));
        Assert.Equal(8, metrics.Sum("buurtbot_turns_total", ("channel", "sms")));
        Assert.Equal(await CountOutboxAsync(), metrics.Sum("buurtbot_messages_sent_total", ("status", "sent")));
        Assert.True(metrics.Sum("buurtbot_messages_sent_total", ("channel", "whatsapp"), ("status", "sent")) >= 1);
        Assert.Equal(1, metrics.Sum("buurtbot_matches_total", ("kind", "meal")));
        Assert.Equal(1, metrics.Sum("buurtbot_match_duration_seconds_count", ("kind", "meal")));
        Assert.Equal(20 * 60, metrics.Sum("buurtbot_match_duration_seconds_sum", ("kind", "meal")));
        Assert.Equal(1, metrics.Sum("buurtbot_match_duration_seconds_bucket", ("kind", "meal"), ("le", "1800")));
        Assert.Equal(0, metrics.Sum("buurtbot_match_duration_seconds_bucket", ("kind", "meal"), ("le", "900")));
        Assert.Equal(1, metrics.Sum("buurtbot_escalations_total", ("reason", "asked-for-coordinator")));
        Assert.Equal(16, metrics.Sum("buurtbot_understanding_confidence_count"));
        Assert.Contains("http_server_request_duration_seconds", metrics.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("612345678", metrics.Text, StringComparison.Ordinal);
    }

    private static async Task<PrometheusText> Scrape(HttpClient http) => new(await http.GetStringAsync("/metrics"));

    private Task<int> CountOutboxAsync() => Server.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.OutboxMessages));
}
