using System.Net;
using System.Xml.Linq;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>
/// One whole story over Twilio's webhooks, on loopback Kestrel with a real database: Anna cooks and writes on
/// WhatsApp, Truus asks for a meal by SMS, Anna says "ja", both hear it on their own channel, and Henk asks for the
/// same by phone. Monday 23 November 2026, 10:00 in Amsterdam; "morgen" is Tuesday 24 November.
/// </summary>
public sealed class TwilioStoryTests : IAsyncLifetime
{
    private const string Anna = "whatsapp:+31611111111";
    private const string Truus = "+31612345678";
    private const string Henk = "+31201234567"; // a landline: Henk phones
    private const string BotOnWhatsApp = "whatsapp:+3197010586014";
    private const string BotOnSms = "+3197010586014";
    private TwilioBot _bot = null!;

    public async Task InitializeAsync() => _bot = await TwilioBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Anna_on_whatsapp_cooks_for_truus_on_sms_both_hear_it_on_their_own_channel_and_henk_asks_the_same_by_phone()
    {
        // Anna registers and offers a meal on WhatsApp; inside the 24 hours every reply is free text on WhatsApp.
        await RegistersAsync(Anna, ToAnna, "Anna", "Kerkstraat 7, 1234 AC");
        Assert.Equal(
            [ToAnna("Klopt dit? U kookt morgen, dinsdag 24 november, deelt 3 porties, het eten wordt bij u opgehaald. Antwoord JA of NEE.")],
            await SaysAsync(Anna, "ik kook morgen 3 porties, af te halen"));
        Assert.Equal(
            [ToAnna("Dank u wel! Uw aanbod staat klaar. Zoekt iemand in de buurt een maaltijd, dan vraag ik het u eerst.")],
            await SaysAsync(Anna, "ja"));
        var offer = await _bot.QueryAsync(db => db.Offers.SingleAsync());
        Assert.Equal((RequestKind.Meal, new DateOnly(2026, 11, 24), 3, OfferStatus.Active), (offer.Kind, offer.Date, offer.PortionsLeft, offer.Status));

        // Truus registers and asks for a meal by SMS; her replies come by SMS, the question to Anna goes on WhatsApp.
        await RegistersAsync(Truus, ToTruus, "Truus", "Lindelaan 4, 1234 AB");
        Assert.Equal(
            [ToTruus("Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 1 persoon, geen dieetwensen, u haalt het zelf op. Antwoord JA of NEE.")],
            await SaysAsync(Truus, "ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles"));
        AssertSent(
            [ToTruus("Dank u wel, uw vraag staat genoteerd. Wij zoeken een buur die voor u kookt. U krijgt een bericht zodra iemand ja zegt."),
             ToAnna("Truus uit de Lindelaan wil graag 1 portie van uw maaltijd voor morgen, dinsdag 24 november, en komt het ophalen. Is dat goed? Antwoord JA of NEE.")],
            await SaysAsync(Truus, "ja"));
        var request = await _bot.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((RequestKind.Meal, new DateOnly(2026, 11, 24), 1, false, RequestStatus.Open), (request.Kind, request.Date, request.Portions, request.Delivery, request.Status));
        Assert.Equal(QuestionStatus.Asked, (await _bot.QueryAsync(db => db.Questions.SingleAsync())).Status);

        // Anna answers "ja" on WhatsApp: she hears it on WhatsApp, Truus by SMS, each with the other's first name and street.
        AssertSent(
            [ToAnna("Dank u wel! Truus haalt morgen, dinsdag 24 november rond 18.00 uur het eten bij u op. Truus woont aan de Lindelaan 4. Andere tijd? Stuur: zeg tegen Truus dat ..."),
             ToTruus("Goed nieuws! Anna kookt voor u. Het eten kan morgen, dinsdag 24 november rond 18.00 uur worden opgehaald. Anna woont aan de Kerkstraat 7. Andere tijd? Stuur: zeg tegen Anna dat ...")],
            await SaysAsync(Anna, "ja"));
        var anna = await MemberAsync(Anna);
        var truus = await MemberAsync(Truus);
        request = await _bot.QueryAsync(db => db.Requests.SingleAsync());
        Assert.Equal((truus.Id, RequestStatus.Matched, anna.Id, offer.Id), (request.RequesterId, request.Status, request.MatchedMemberId, request.MatchedOfferId));
        Assert.Equal(QuestionStatus.Yes, (await _bot.QueryAsync(db => db.Questions.SingleAsync())).Status);
        Assert.Equal(2, (await _bot.QueryAsync(db => db.Offers.SingleAsync())).PortionsLeft);
        Assert.Equal((UsedChannels.WhatsApp, Channel.WhatsApp), (anna.Channels, anna.LastChannel));
        Assert.Equal((UsedChannels.Sms, Channel.Sms), (truus.Channels, truus.LastChannel));

        // Twilio reports the good news to Truus delivered: the outbox row records it.
        var goodNews = await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.To == Truus && m.Text.StartsWith("Goed nieuws!")));
        Assert.Equal(OutboxStatus.Queued, goodNews.Status);
        Assert.StartsWith("SM", goodNews.ProviderId, StringComparison.Ordinal);
        var delivered = await _bot.PostAsync("/api/twilio/status", [
            new("MessageSid", goodNews.ProviderId!), new("MessageStatus", "delivered"), new("AccountSid", TwilioTestOptions.AccountSid),
            new("From", BotOnSms), new("To", Truus), new("ApiVersion", "2010-04-01")]);
        Assert.Equal(HttpStatusCode.NoContent, delivered.StatusCode);
        Assert.Equal(OutboxStatus.Delivered, (await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == goodNews.Id))).Status);

        // Henk phones, registers and asks for the same meal, all by speech; the call ends with what was noted.
        var sentBeforeTheCall = _bot.Sent.Count;
        var call = new CallScript(_bot, Henk);
        await call.DialAsync();
        Assert.Equal(["Goedendag, u spreekt met BuurtBot.", "Welkom bij BuurtBot! Hier helpen buren elkaar met een maaltijd, iets lenen of een klusje. Wat is uw voornaam?", "Ik heb niets gehoord."], call.Said);
        Assert.Equal("Dank u, Henk. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1 2 3 4 A B 12", (await SpokenAfterAsync(call, "Henk"))[0]);
        Assert.Equal("In welke straat woont u?", (await SpokenAfterAsync(call, "1234 AB 12"))[0]);
        Assert.Equal(
            "Als een buur u helpt, geven wij uw voornaam en adres aan die buur. Uw telefoonnummer niet. Is dat goed? Zeg ja of nee.",
            (await SpokenAfterAsync(call, "Lindelaan"))[0]);
        Assert.Equal(
            "Dank u, Henk. U bent aangemeld. Waarmee kan ik u helpen? Zeg wat u nodig heeft. Of druk 1 voor een maaltijd, 2 om iets te lenen, 3 voor hulp, of 0 voor een medewerker.",
            (await SpokenAfterAsync(call, "ja"))[0]);
        Assert.Equal(
            "Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 1 persoon, geen dieetwensen, u haalt het zelf op. Zeg ja of nee.",
            (await SpokenAfterAsync(call, "ik wil morgen graag een maaltijd voor 1 persoon, ik kom het halen, ik eet alles"))[0]);
        Assert.Equal(
            ["Dank u wel. Genoteerd: een maaltijd morgen, dinsdag 24 november, voor 1 persoon, geen dieetwensen, u haalt het zelf op. Wij zoeken een buur die voor u kookt. Wij bellen u zodra iemand ja zegt.",
             "Kan ik nog iets anders voor u doen? Zeg het maar, of hang gerust op.",
             "Dank u wel voor het bellen. Tot ziens."],
            await SpokenAfterAsync(call, "ja"));
        Assert.True(call.HungUp);

        // His request is the same kind as Truus's, and Anna, who has two portions left, is asked on WhatsApp.
        var henk = await MemberAsync(Henk);
        Assert.Equal(("Henk", "Lindelaan", "12", Channel.Voice), (henk.FirstName, henk.Street, henk.HouseNumber, henk.LastChannel));
        var henksRequest = await _bot.QueryAsync(db => db.Requests.SingleAsync(r => r.RequesterId == henk.Id));
        Assert.Equal(RequestStatus.Open, henksRequest.Status);
        Assert.Equal((request.Kind, request.Date, request.Portions, request.Delivery, string.Join(",", request.Diets)),
            (henksRequest.Kind, henksRequest.Date, henksRequest.Portions, henksRequest.Delivery, string.Join(",", henksRequest.Diets)));
        await _bot.WaitForOutboxAsync();
        Assert.Equal(
            [ToAnna("Henk uit de Lindelaan wil graag 1 portie van uw maaltijd voor morgen, dinsdag 24 november, en komt het ophalen. Is dat goed? Antwoord JA of NEE.")],
            _bot.Sent.Skip(sentBeforeTheCall).Select(AsText)); // what was said in the call was spoken in it, not sent again

        // Anna says "ja" again: she hears it on WhatsApp, and Henk, who last spoke to the bot by phone, is called back.
        var sentBeforeAnnasYes = _bot.Sent.Count;
        TwilioBot.AssertTwiml(await _bot.MessageAsync(Anna, "ja"));
        await _bot.WaitForOutboxAsync();
        var sent = _bot.Sent.Skip(sentBeforeAnnasYes).ToList();
        var callBack = Assert.Single(sent, s => s.PathAndQuery.EndsWith($"/Accounts/{TwilioTestOptions.AccountSid}/Calls.json", StringComparison.Ordinal));
        Assert.Equal(("+31851234567", Henk), (callBack.Form!["From"], callBack.Form["To"]));
        Assert.Equal("https://bot.example.nl/api/twilio/status", callBack.Form["StatusCallback"]);
        var spoken = XDocument.Parse(callBack.Form["Twiml"]!);
        const string agreement = "Goed nieuws! Anna kookt voor u. Het eten kan morgen, dinsdag 24 november rond 18 uur worden opgehaald. Anna woont aan de Kerkstraat 7. Past die tijd niet? Bel BuurtBot en zeg: zeg tegen Anna dat, en dan uw bericht.";
        Assert.Equal(["Goedendag, u wordt gebeld door BuurtBot.", agreement, agreement, "Tot ziens."], spoken.Descendants("Say").Select(say => say.Value));
        Assert.Equal("Hangup", spoken.Root!.Elements().Last().Name.LocalName);
        Assert.Equal(
            [ToAnna("Dank u wel! Henk haalt morgen, dinsdag 24 november rond 18.00 uur het eten bij u op. Henk woont aan de Lindelaan 12. Andere tijd? Stuur: zeg tegen Henk dat ...")],
            sent.Where(s => s != callBack).Select(AsText));
        Assert.Equal((RequestStatus.Matched, anna.Id), await _bot.QueryAsync(async db =>
        {
            var r = await db.Requests.SingleAsync(r => r.Id == henksRequest.Id);
            return (r.Status, r.MatchedMemberId);
        }));

        // Names and streets are shared; no phone number is in anything Twilio was asked to send or say.
        Assert.All(_bot.Sent, s =>
        {
            var content = new string((s.Form!["Body"] + s.Form["Twiml"]).Where(char.IsAsciiDigit).ToArray());
            Assert.DoesNotContain(new[] { Anna, Truus, Henk, BotOnSms, "+31851234567" }, number => content.Contains(number[^9..], StringComparison.Ordinal));
        });
    }

    /// <summary>Registration: first name, address, and consent to share first name and street, each reply on the person's own channel.</summary>
    private async Task RegistersAsync(string from, Func<string, Text> reply, string name, string address)
    {
        Assert.Equal(
            [reply("Welkom bij BuurtBot! Hier helpen buren elkaar met een maaltijd, iets lenen of een klusje. Wat is uw voornaam?")],
            await SaysAsync(from, "hallo"));
        Assert.Equal([reply($"Dank u, {name}. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12")], await SaysAsync(from, name));
        Assert.Equal(
            [reply("Als een buur u helpt, geven wij uw voornaam en adres aan die buur. Uw telefoonnummer niet. Is dat goed? Antwoord JA of NEE.")],
            await SaysAsync(from, address));
        Assert.Equal(
            [reply($"Dank u, {name}. U bent aangemeld. Waarmee kan ik u helpen? Antwoord met een cijfer: 1 een maaltijd, 2 iets lenen, 3 hulp, 0 een medewerker spreken.")],
            await SaysAsync(from, "ja"));
        var member = await MemberAsync(from);
        Assert.Equal(name, member.FirstName);
        Assert.NotNull(member.SharingConsentAt);
    }

    /// <summary>An SMS or WhatsApp message to the bot, and the messages Twilio was then asked to send (once the outbox is done).</summary>
    private async Task<IReadOnlyList<Text>> SaysAsync(string from, string body)
    {
        var before = _bot.Sent.Count;
        var response = await _bot.MessageAsync(from, body);
        TwilioBot.AssertTwiml(response);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response />", (await response.Content.ReadAsStringAsync()).Replace("\r\n", "", StringComparison.Ordinal));
        await _bot.WaitForOutboxAsync();
        return [.. _bot.Sent.Skip(before).Select(AsText)];
    }

    /// <summary>What the bot said in the call after hearing <paramref name="speech"/>.</summary>
    private static async Task<IReadOnlyList<string>> SpokenAfterAsync(CallScript call, string speech)
    {
        await call.SayAsync(speech);
        return call.Said;
    }

    /// <summary>Messages to different people leave side by side; to each person they leave in order.</summary>
    private static void AssertSent(IReadOnlyList<Text> expected, IReadOnlyList<Text> actual) =>
        Assert.Equal(expected.OrderBy(t => t.To, StringComparer.Ordinal), actual.OrderBy(t => t.To, StringComparer.Ordinal));

    private Task<Member> MemberAsync(string address)
    {
        var phone = address.Replace("whatsapp:", "", StringComparison.Ordinal);
        return _bot.QueryAsync(db => db.Members.SingleAsync(m => m.Phone == phone));
    }

    private static Text AsText(TwilioStub.RecordedRequest sent)
    {
        Assert.EndsWith($"/2010-04-01/Accounts/{TwilioTestOptions.AccountSid}/Messages.json", sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("https://bot.example.nl/api/twilio/status", sent.Form!["StatusCallback"]);
        Assert.Null(sent.Form["ContentSid"]); // free text, no template: everyone wrote within the last 24 hours
        return new Text(sent.Form["From"]!, sent.Form["To"]!, sent.Form["Body"]!);
    }

    private static Text ToAnna(string body) => new(BotOnWhatsApp, Anna, body);

    private static Text ToTruus(string body) => new(BotOnSms, Truus, body);

    /// <summary>A message Twilio was asked to send: from which of our senders, to whom, what.</summary>
    private sealed record Text(string From, string To, string Body);
}
