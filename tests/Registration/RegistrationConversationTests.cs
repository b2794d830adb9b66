using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Registration;

/// <summary>A first-time sender is welcomed and registered in the conversation itself, one question per message.</summary>
public sealed class RegistrationConversationTests : ConversationFixture
{
    [Fact]
    public async Task A_new_person_says_hallo_and_is_registered_step_by_step()
    {
        var truus = Server.Phone("+31612345678");

        Assert.Equal(
            "Welkom bij BuurtBot! Hier helpen buren elkaar met een maaltijd, iets lenen of een klusje. Wat is uw voornaam?",
            await truus.AsksAsync("hallo"));
        Assert.Equal("Dank u, Truus. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12", await truus.AsksAsync("ik ben truus"));
        Assert.Equal("In welke straat woont u?", await truus.AsksAsync("1234 ab 12"));
        Assert.StartsWith("Als een buur u helpt, geven wij uw voornaam en adres aan die buur.", await truus.AsksAsync("lindelaan"));
        Assert.StartsWith("Dank u, Truus. U bent aangemeld. Waarmee kan ik u helpen?", await truus.AsksAsync("ja hoor"));

        var member = await Server.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal(("+31612345678", "Truus", "1234AB", "12", "Lindelaan"), (member.Phone, member.FirstName, member.Postcode, member.HouseNumber, member.Street));
        Assert.Equal(Server.Time.GetUtcNow(), member.SharingConsentAt);
    }

    [Fact]
    public async Task A_street_given_with_the_address_is_not_asked_again()
    {
        var kees = Server.Phone("+31687654321", "whatsapp");
        await kees.SaysAsync("goedemiddag");
        await kees.SaysAsync("Kees");

        Assert.StartsWith("Als een buur u helpt", await kees.AsksAsync("Kerkstraat 7a, 3512 JK Utrecht"));

        var member = await Server.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal(("3512JK", "7a", "Kerkstraat"), (member.Postcode, member.HouseNumber, member.Street));
    }

    [Fact]
    public async Task A_missing_house_number_is_asked_on_its_own()
    {
        var ria = Server.Phone("+31611111111");
        await ria.SaysAsync("hoi");
        await ria.SaysAsync("Ria");

        Assert.Equal("En wat is uw huisnummer?", await ria.AsksAsync("mijn postcode is 1234AB"));
        Assert.Equal("In welke straat woont u?", await ria.AsksAsync("nummer 12-2"));
        await ria.SaysAsync("Dorpsstraat");

        var member = await Server.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal(("1234AB", "12-2", "Dorpsstraat"), (member.Postcode, member.HouseNumber, member.Street));
    }

    [Fact]
    public async Task An_answer_that_is_not_a_name_or_a_postcode_is_asked_again_with_an_example()
    {
        var ria = Server.Phone("+31611111111");
        await ria.SaysAsync("hallo");

        Assert.Equal("Ik begreep uw naam niet goed. Wilt u alleen uw voornaam sturen? Bijvoorbeeld: Truus", await ria.AsksAsync("12345"));
        await ria.SaysAsync("Ria");
        Assert.StartsWith("Ik vond geen postcode.", await ria.AsksAsync("dat weet ik niet uit mijn hoofd"));
    }

    [Fact]
    public async Task Saying_no_to_sharing_is_respected_and_recorded()
    {
        var ria = Server.Phone("+31611111111");
        await ria.SaysAsync("hallo");
        await ria.SaysAsync("Ria");
        await ria.SaysAsync("Lindelaan 4, 1234 AB");

        var replies = await ria.SaysAsync("liever niet");

        Assert.Equal("Goed, dan geven wij uw gegevens aan niemand door. Een medewerker kan u dan wel verder helpen.", replies[0]);
        var member = await Server.QueryAsync(db => db.Members.SingleAsync());
        Assert.True(member.SharingConsentAnswered);
        Assert.Null(member.SharingConsentAt);
    }

    [Fact]
    public async Task A_person_addressed_as_mevrouw_is_called_that()
    {
        var phone = Server.Phone("+31611111111");
        await phone.SaysAsync("goedemorgen");

        Assert.StartsWith("Dank u, mevrouw de Boer.", await phone.AsksAsync("mevrouw de boer"));
    }

    [Fact]
    public async Task Opnieuw_during_registration_asks_everything_again()
    {
        var ria = Server.Phone("+31611111111");
        await ria.SaysAsync("hallo");
        await ria.SaysAsync("Rita");

        Assert.Equal(["Goed, we beginnen opnieuw.", "Ik heb nog een paar gegevens van u nodig. Wat is uw voornaam?"], await ria.SaysAsync("opnieuw"));
        await ria.SaysAsync("Ria");
        Assert.Equal("Ria", (await Server.QueryAsync(db => db.Members.SingleAsync())).FirstName);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Jawel", true)]
    [InlineData("ja hoor", true)]
    [InlineData("prima", true)]
    [InlineData("goed", true)]
    [InlineData("is goed", true)]
    [InlineData("oké", true)]
    [InlineData("doe maar", true)]
    [InlineData("👍", true)]
    [InlineData("nee", false)]
    [InlineData("nee hoor", false)]
    [InlineData("liever niet", false)]
    [InlineData("helaas", false)]
    [InlineData("kan niet", false)]
    public async Task The_consent_question_understands_yes_and_no_as_people_write_them(string answer, bool consent)
    {
        var ria = Server.Phone("+31611111111");
        await ria.SaysAsync("hallo");
        await ria.SaysAsync("Ria");
        await ria.SaysAsync("Lindelaan 4, 1234 AB");

        await ria.SaysAsync(answer);

        var member = await Server.QueryAsync(db => db.Members.SingleAsync());
        Assert.True(member.SharingConsentAnswered);
        Assert.Equal(consent, member.SharingConsentAt is not null);
    }
}
