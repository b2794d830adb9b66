using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>Borrowing: lenders nearest first, in waves of a few; a "nee" moves on, the first "ja" wins.</summary>
public sealed class LoanMatchingStoryTests : ConversationFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduler:PollInterval"] = "00:00:00.100",
        ["Matching:WaveSize"] = "2",
        ["Matching:LoanWaveInterval"] = "00:30:00",
    };

    [Fact]
    public async Task A_ladder_is_asked_of_the_nearest_lenders_first_and_of_the_next_wave_when_nobody_answers()
    {
        // Three neighbours lend a ladder: two in Truus's own postcode area, one a street further (1235).
        var bas = await LenderAsync("+31621111111", "Bas", "Kerkstraat 3, 1234 AC", "ladder");
        var els = await LenderAsync("+31622222222", "Els", "Kerkstraat 9, 1234 AD", "ladder");
        var jan = await LenderAsync("+31623333333", "Jan", "Molenweg 2, 1235 AA", "ladder");
        var truus = await IdleMemberAsync("+31612345678", "Truus");

        Assert.StartsWith("Tot wanneer wilt u het lenen?", await truus.AsksAsync("kan ik morgen een ladder lenen?"));
        Assert.Equal("Klopt dit? U wilt een ladder lenen, vanaf morgen, dinsdag 24 november, tot donderdag 26 november. Antwoord JA of NEE.",
            await truus.AsksAsync("tot donderdag"));
        Assert.StartsWith("Dank u wel, uw vraag staat genoteerd. Ik vraag het aan buren die iets uitlenen.", (await truus.SaysAsync("ja"))[0]);

        const string question = "Truus uit de Lindelaan zoekt een ladder te leen, vanaf morgen, dinsdag 24 november, tot donderdag 26 november. Kunt u die uitlenen? Antwoord JA of NEE.";
        Assert.Equal(question, await bas.LastMessageAsync());
        Assert.Equal(question, await els.LastMessageAsync());
        Assert.DoesNotContain(await jan.InboxAsync(), m => m.Text.Contains("ladder te leen", StringComparison.Ordinal));

        // Els cannot; nobody else answers within half an hour, so the next wave asks Jan.
        Assert.Equal("Geen probleem, dank u wel voor het laten weten.", (await els.SaysAsync("nee helaas"))[0]);
        Server.Time.Advance(TimeSpan.FromMinutes(31));
        await EventuallyAsync(async () => await jan.LastMessageAsync() == question, "Jan to be asked in the second wave");

        Assert.StartsWith("Dank u wel! U leent de ladder uit aan Truus, Lindelaan 4.", (await jan.SaysAsync("ja hoor"))[0]);
        Assert.Equal("Goed nieuws! Jan leent voor u een ladder uit. Spreek samen af wanneer u die ophaalt. Jan woont aan de Molenweg 2.", await truus.LastMessageAsync());
        Assert.Equal("Dank u wel! Er is al iemand gevonden voor Truus.", await bas.LastMessageAsync());

        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((RequestKind.Loan, "ladder", RequestStatus.Matched), (request.Kind, request.Item, request.Status));
        Assert.Equal(
            [("Bas", QuestionStatus.Arranged), ("Els", QuestionStatus.No), ("Jan", QuestionStatus.Yes)],
            await Server.QueryAsync(db => db.Questions.OrderBy(q => q.Id)
                .Join(db.Members, q => q.MemberId, m => m.Id, (q, m) => new { m.FirstName, q.Status })
                .Select(x => ValueTuple.Create(x.FirstName!, x.Status)).ToListAsync()));
    }

    [Fact]
    public async Task A_lender_who_listed_the_thing_is_asked_before_a_nearer_lender_who_did_not()
    {
        var mo = await LenderAsync("+31621111111", "Mo", "Kerkstraat 3, 1234 AC", "boormachine");
        var els = await LenderAsync("+31622222222", "Els", "Molenweg 9, 1235 AD", "ladder");
        var truus = await IdleMemberAsync("+31612345678", "Truus");

        await truus.SaysAsync("ik wil graag een ladder lenen van morgen tot woensdag");
        await truus.SaysAsync("ja");

        Assert.Contains("zoekt een ladder te leen", await els.LastMessageAsync(), StringComparison.Ordinal);
        Assert.Contains("zoekt een ladder te leen", await mo.LastMessageAsync(), StringComparison.Ordinal); // a lender nearby may have one too
        var asked = await Server.QueryAsync(db => db.Questions.OrderBy(q => q.Id)
            .Join(db.Members, q => q.MemberId, m => m.Id, (q, m) => m.FirstName).ToListAsync());
        Assert.Equal(["Els", "Mo"], asked);
    }

    [Fact]
    public async Task A_loan_nobody_lends_within_the_deadline_is_told_honestly_and_goes_to_a_coordinator()
    {
        var bas = await LenderAsync("+31621111111", "Bas", "Kerkstraat 3, 1234 AC", "ladder");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil graag een ladder lenen van morgen tot woensdag");
        await truus.SaysAsync("ja");

        Server.Time.Advance(TimeSpan.FromHours(5));
        await EventuallyAsync(async () => await Server.QueryAsync(db => db.Requests.AnyAsync(r => r.Status == RequestStatus.Escalated)), "the loan to be escalated");

        Assert.StartsWith("Het is helaas nog niet gelukt om iemand te vinden", await truus.LastMessageAsync());
        Assert.Equal("Dank u wel. Voor de vraag van Truus hoeft u niets meer te doen.", await bas.LastMessageAsync());
        Assert.Equal("escalated", (await Server.QueryAsync(db => db.CoordinatorItems.SingleAsync())).Reason);
    }

    private async Task<SimulatedPhone> LenderAsync(string number, string name, string address, string item)
    {
        var lender = await IdleMemberAsync(number, name, "whatsapp", address);
        Assert.Equal($"Klopt dit? U leent een {item} uit aan buren die erom vragen. Antwoord JA of NEE.", await lender.AsksAsync($"ik wil mijn {item} wel uitlenen"));
        Assert.Equal($"Dank u wel! Zoekt iemand in de buurt een {item}, dan vraag ik het u eerst.", (await lender.SaysAsync("ja"))[0]);
        return lender;
    }
}
