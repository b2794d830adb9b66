using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>Ten cooks answer "ja" at the same moment, over real parallel HTTP requests on a real database: one match.</summary>
public sealed class ConcurrentYesTests : ConversationFixture
{
    protected override bool UseKestrel => true;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Matching:WaveSize"] = "10" };

    [Fact]
    public async Task Ten_cooks_saying_yes_at_once_make_exactly_one_match()
    {
        var cooks = new List<SimulatedPhone>();
        for (var i = 0; i < 10; i++)
        {
            cooks.Add(await CookAsync($"+3163000000{i}", $"Kok{(char)('a' + i)}", $"Kookstraat {i + 1}, 1234 A{(char)('A' + i)}", "ik kook morgen 4 porties, af te halen"));
        }

        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Assert.Equal(10, await Server.QueryAsync(db => db.Questions.CountAsync(q => q.Status == QuestionStatus.Asked)));

        var answers = await Task.WhenAll(cooks.Select(cook => cook.SaysAsync("ja")));

        Assert.Single(answers, a => a[0].StartsWith("Dank u wel! Truus haalt morgen", StringComparison.Ordinal));
        Assert.Equal(9, answers.Count(a => a[0].StartsWith("Dank u wel! Er is al iemand", StringComparison.Ordinal)));
        Assert.Equal(1, await Server.QueryAsync(db => db.Requests.CountAsync(r => r.Status == RequestStatus.Matched)));
        Assert.Equal(1, await Server.QueryAsync(db => db.Questions.CountAsync(q => q.Status == QuestionStatus.Yes)));
        Assert.Equal(1, await Server.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.To == "+31612345678" && m.Text.StartsWith("Goed nieuws"))));
        Assert.Equal(10 * 4 - 1, await Server.QueryAsync(db => db.Offers.SumAsync(o => o.PortionsLeft!.Value))); // one portion taken, once
    }
}
