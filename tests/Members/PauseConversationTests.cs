using BuurtBot.Matching;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.MembersDialogs;

/// <summary>"Even geen berichten tot 1 mei": no questions until then; the rest of the neighbourhood is asked instead.</summary>
public sealed class PauseConversationTests : ConversationFixture
{
    private const string Anna = "+31611111111";
    private const string Kees = "+31622222222";

    [Fact]
    public async Task A_cook_on_a_break_is_not_asked_until_the_day_after_the_last_quiet_day()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");

        Assert.Equal(["Goed. U krijgt tot en met zaterdag 1 mei 2027 geen vragen van BuurtBot. Wilt u eerder weer meedoen? Stuur dan: ik doe weer mee."],
            await anna.SaysAsync("even geen berichten tot 1 mei graag"));
        var member = await Server.QueryAsync(db => db.Members.SingleAsync(m => m.Phone == Anna));
        Assert.Null(member.OptedOutAt);
        Assert.Equal(new DateTimeOffset(2027, 5, 2, 0, 0, 0, TimeSpan.FromHours(2)), member.PausedUntil);

        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Assert.Equal(0, await Server.QueryAsync(db => db.Questions.CountAsync()));
        Assert.DoesNotContain(await anna.InboxAsync(), m => m.Text.Contains("Truus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cook_who_goes_on_holiday_with_a_question_open_is_asked_until_when_and_the_request_moves_on()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        var kees = await CookAsync(Kees, "Kees", "Kerkstraat 9, 1234 AC", "ik kook morgen 2 porties, af te halen");
        var truus = await IdleMemberAsync("+31612345678", "Truus");
        await truus.SaysAsync("ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles");
        await truus.SaysAsync("ja");
        Assert.StartsWith("Truus uit de Lindelaan wil graag 1 portie", await anna.LastMessageAsync());

        Assert.Equal("Tot wanneer wilt u geen vragen van BuurtBot? Bijvoorbeeld: tot 1 mei. Weet u het nog niet, antwoord VOORLOPIG.",
            await anna.AsksAsync("ik ga op vakantie"));
        Assert.StartsWith("Goed. U krijgt tot en met zondag 29 november geen vragen van BuurtBot.", await anna.AsksAsync("tot zondag"));

        // Anna's open question counts as a "nee": Kees, who was waiting in line, is asked now.
        var questions = await Server.QueryAsync(db => db.Questions.OrderBy(q => q.Id)
            .Join(db.Members, q => q.MemberId, m => m.Id, (q, m) => new { m.FirstName, q.Status }).ToListAsync());
        Assert.Contains(questions, q => q.FirstName == "Anna" && q.Status == QuestionStatus.No);
        Assert.StartsWith("Truus uit de Lindelaan wil graag 1 portie", await kees.LastMessageAsync());
    }

    [Fact]
    public async Task Saying_ik_doe_weer_mee_ends_the_break()
    {
        var anna = await CookAsync(Anna, "Anna", "Kerkstraat 7, 1234 AC", "ik kook morgen 4 porties, af te halen");
        await anna.SaysAsync("voorlopig even geen vragen");
        Assert.NotNull((await Server.QueryAsync(db => db.Members.SingleAsync(m => m.Phone == Anna))).PausedUntil);

        Assert.Equal(["Welkom terug! Zoekt iemand in de buurt hulp waarbij u kunt helpen, dan vraag ik het u weer."], await anna.SaysAsync("ik doe weer mee"));
        Assert.Null((await Server.QueryAsync(db => db.Members.SingleAsync(m => m.Phone == Anna))).PausedUntil);
    }
}
