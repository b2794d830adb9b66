using System.Net;
using System.Net.Http.Json;
using BuurtBot.Coordination.Api;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Matching;

/// <summary>
/// A daughter in another city arranges a lift to the hospital for her father by WhatsApp. A lift is help inside
/// a car, so only a helper a coordinator has vetted is asked; the father, who only phones, is told by a call.
/// </summary>
public sealed class CarerStoryTests : ConversationFixture
{
    private const string Key = "test-coordinator-key-0123456789";
    private const string Sanne = "+31698765432";
    private const string HenksLandline = "+31201234567";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduler:PollInterval"] = "00:00:00.100",
        ["Coordinator:ApiKey"] = Key,
    };

    [Fact]
    public async Task A_daughter_arranges_a_lift_for_her_father_and_only_the_vetted_driver_is_asked()
    {
        var piet = await HelperAsync("+31621111111", "Piet", "Kerkstraat 3, 1234 AC", vetted: true);
        var kees = await HelperAsync("+31622222222", "Kees", "Kerkstraat 5, 1234 AC", vetted: false);
        var sanne = Server.Phone(Sanne, "whatsapp");

        Assert.Equal("Welkom bij BuurtBot! Hier helpen buren elkaar met een maaltijd, iets lenen of een klusje. Wat is uw voornaam?",
            await sanne.AsksAsync("Hallo, ik wil voor mijn vader een lift naar het ziekenhuis regelen, donderdag om 10 uur"));
        Assert.StartsWith("Dank u, Sanne. Als een buur helpt, geven wij voornamen en het adres door", await sanne.AsksAsync("Sanne"));
        Assert.Equal("U vraagt het voor uw vader. Hoe heet uw vader?", await sanne.AsksAsync("ja"));
        Assert.Equal("Op welk adres woont Henk? Bijvoorbeeld: Lindelaan 4, 1234 AB", await sanne.AsksAsync("Henk"));
        Assert.StartsWith("Wat is het telefoonnummer van Henk? Dan laten wij het hem ook weten.", await sanne.AsksAsync("Lindelaan 4, 1234 AB"));
        Assert.Equal("Klopt dit? U zoekt voor Henk, Lindelaan 4, hulp met vervoer, donderdag 26 november om 10.00 uur. Antwoord JA of NEE.",
            await sanne.AsksAsync("020 123 4567"));
        Assert.StartsWith("Dank u wel, uw vraag staat genoteerd.", (await sanne.SaysAsync("ja"))[0]);

        // Sanne gave no address of her own: the request is for Henk, at his address.
        var request = await Server.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((RequestKind.Help, HelpCategory.Transport), (request.Kind, request.Category));
        Assert.Equal(("Henk", "Lindelaan", "4", "1234AB", HenksLandline),
            (request.Beneficiary!.Name, request.Beneficiary.Street, request.Beneficiary.HouseNumber, request.Beneficiary.Postcode, request.Beneficiary.Phone));
        Assert.Null((await Server.QueryAsync(db => db.Members.SingleAsync(m => m.Phone == Sanne))).Postcode);

        Assert.StartsWith("Henk uit de Lindelaan zoekt donderdag 26 november om 10.00 uur", await piet.LastMessageAsync());
        Assert.DoesNotContain(await kees.InboxAsync(), m => m.Text.Contains("Henk", StringComparison.Ordinal));

        Assert.StartsWith("Dank u wel! U helpt Henk donderdag 26 november om 10.00 uur, Lindelaan 4.", (await piet.SaysAsync("ja"))[0]);
        Assert.Equal("Goed nieuws! Piet helpt voor Henk donderdag 26 november om 10.00 uur. Piet woont aan de Kerkstraat 3.", await sanne.LastMessageAsync());

        // Henk only phones: the bot calls his landline with the news, and never shares Sanne's or Piet's number.
        var toHenk = await Server.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.To == HenksLandline));
        Assert.Equal(Channel.Voice, toHenk.Channel);
        Assert.Equal("Goedendag Henk. Sanne heeft via BuurtBot iets voor u geregeld: Piet komt donderdag 26 november om 10.00 uur bij u helpen.", toHenk.Text);
        Assert.DoesNotContain(await Server.QueryAsync(db => db.OutboxMessages.Select(m => m.Text).ToListAsync()),
            text => text.Contains("0621111111", StringComparison.Ordinal) || text.Contains("98765432", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lift_with_no_vetted_driver_is_not_put_to_an_unvetted_one()
    {
        var kees = await HelperAsync("+31622222222", "Kees", "Kerkstraat 5, 1234 AC", vetted: false);
        var truus = await IdleMemberAsync("+31612345678", "Truus");

        Assert.Equal("Klopt dit? U zoekt hulp met vervoer, donderdag 26 november om 10.00 uur. Antwoord JA of NEE.",
            await truus.AsksAsync("kan iemand mij donderdag om 10 uur naar het ziekenhuis brengen?"));
        Assert.StartsWith("Dank u wel, uw vraag staat genoteerd. Er is nu nog niemand in de buurt gevonden", (await truus.SaysAsync("ja"))[0]);
        Assert.DoesNotContain(await kees.InboxAsync(), m => m.Text.Contains("Truus", StringComparison.Ordinal));
        Assert.Equal(0, await Server.QueryAsync(db => db.Questions.CountAsync()));
    }

    private async Task<SimulatedPhone> HelperAsync(string number, string name, string address, bool vetted)
    {
        var helper = await IdleMemberAsync(number, name, "whatsapp", address);
        Assert.StartsWith("Op welke dagen kunt u helpen?", await helper.AsksAsync("ik wil graag helpen met vervoer"));
        Assert.StartsWith("Hoe ver wilt u ervoor gaan?", await helper.AsksAsync("elke dag"));
        Assert.Equal("Klopt dit? U helpt met vervoer, elke dag, in de wijk. Antwoord JA of NEE.", await helper.AsksAsync("2"));
        Assert.StartsWith("Dank u wel! Voor hulp bij mensen thuis of in de auto neemt eerst een medewerker contact met u op.", (await helper.SaysAsync("ja"))[0]);
        if (vetted)
        {
            var id = await Server.QueryAsync(db => db.Members.Where(m => m.Phone == number).Select(m => m.Id).SingleAsync());
            using var http = Server.CreateClient();
            http.DefaultRequestHeaders.Add(CoordinatorApiOptions.HeaderName, Key);
            Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsJsonAsync($"/api/coordinator/members/{id}/vetted", new { vetted = true })).StatusCode);
        }

        return helper;
    }
}
