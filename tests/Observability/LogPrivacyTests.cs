using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Tests.Observability;

/// <summary>
/// Logs carry ids, channels and counts, never a phone number or what anyone said: a whole story (registration, a
/// meal matched, a relayed message, a distress signal with a coordinator alert, an erasure) is driven, and every log
/// record the bot wrote is scanned.
/// </summary>
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private const string Truus = "+31612345678";
    private const string Anna = "+31611111111";
    private const string CoordinatorPhone = "+31699999999";

    private readonly TempDatabase _database = new();
    private readonly CapturedLogs _logs = new();
    private BotServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new BotServer(_database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Scheduler:PollInterval"] = "00:00:00.100",
            ["Coordinator:AlertPhones:0"] = CoordinatorPhone,
            ["Logging:LogLevel:BuurtBot"] = "Debug",
        }, logging: logging => logging.AddProvider(_logs));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task No_log_record_holds_a_phone_number_or_a_message_text()
    {
        var said = new List<string>();
        var anna = _server.Phone(Anna, "whatsapp");
        var truus = _server.Phone(Truus);
        var replies = new List<string>();
        async Task Say(SimulatedPhone phone, string text)
        {
            said.Add(text);
            replies.AddRange(await phone.SaysAsync(text));
        }

        foreach (var text in new[] { "hallo", "Anna", "Kerkstraat 7, 1234 AC", "ja", "dank u wel", "ik kook morgen 4 porties stamppot, af te halen", "ja" })
        {
            await Say(anna, text);
        }

        foreach (var text in new[] { "hallo", "Truus", "Lindelaan 4, 1234 AB", "ja", "dank u wel",
            "ik zou morgen graag een maaltijd willen voor 1 persoon, ik kom het halen, ik eet alles", "ja" })
        {
            await Say(truus, text);
        }

        await Say(anna, "ja");
        await Say(truus, "zeg tegen Anna dat de achterdeur openstaat");
        await Say(truus, "blablabla qwerty");
        await Say(truus, "ik ben gevallen en kom niet meer overeind");
        await Say(anna, "verwijder mijn gegevens");
        await Say(anna, "ja");
        await WaitUntilSentAsync();

        var records = _logs.Records;
        Assert.NotEmpty(records);
        Assert.Contains(records, r => r.Contains("Distress signal", StringComparison.Ordinal)); // the story did reach the logged paths
        Assert.Contains(records, r => r.Contains("request was matched", StringComparison.Ordinal));
        foreach (var record in records)
        {
            foreach (var number in new[] { "612345678", "611111111", "699999999" })
            {
                Assert.False(record.Contains(number, StringComparison.Ordinal), $"a phone number in the log: {record}");
            }

            foreach (var text in said.Where(t => t.Length > 8).Concat(replies.Where(t => t.Length > 20)))
            {
                Assert.False(record.Contains(text, StringComparison.OrdinalIgnoreCase), $"a message text in the log: {record}");
            }

            foreach (var word in new[] { "stamppot", "achterdeur", "gevallen", "Lindelaan", "Kerkstraat", "qwerty" })
            {
                Assert.False(record.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in the log: {record}");
            }
        }
    }

    private async Task WaitUntilSentAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await _server.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Status == BuurtBot.Outbox.OutboxStatus.Pending)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "messages still waiting to be sent");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
