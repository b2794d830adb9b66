using System.Text.RegularExpressions;
using BuurtBot.Channels.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Every request our client sends, checked by Prism against Twilio's OpenAPI description (requests and, with
/// --errors, responses). Prism answers with static examples (PEER.md quirk 1): assert status and shape, not
/// echoed values. Array fields (StatusCallbackEvent) are left out: Prism 5.14 rejects repeated keys (quirk 5);
/// the stub tests cover them.
/// </summary>
public sealed partial class TwilioRestClientMockTests(PrismMock prism) : IClassFixture<PrismMock>, IDisposable
{
    private readonly List<IHost> _hosts = [];

    public void Dispose() => _hosts.ForEach(h => h.Dispose());

    [Fact]
    public async Task An_SMS_with_callback_and_validity_is_a_valid_request()
    {
        var result = await Client().SendMessageAsync(
            new TwilioMessage("+31612345678", "+3197010586014", "Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 2 personen. Antwoord JA of NEE.",
                ValidityPeriodSeconds: 600),
            default);

        var accepted = AssertAccepted(result, "SM");
        Assert.True(accepted.Segments is > 0, "num_segments (a string in the JSON) is read as a number");
        Assert.NotNull(accepted.DateCreated);
    }

    [Fact]
    public async Task A_WhatsApp_free_text_is_a_valid_request()
    {
        var result = await Client().SendMessageAsync(
            new TwilioMessage("whatsapp:+31612345678", "whatsapp:+3197010586014", "Goedemorgen Riet! Jan brengt om 12:00 soep 🍲"), default);

        AssertAccepted(result, "SM");
    }

    [Fact]
    public async Task A_WhatsApp_template_is_a_valid_request()
    {
        var result = await Client().SendMessageAsync(
            new TwilioMessage("whatsapp:+31612345678", "whatsapp:+3197010586014",
                ContentSid: "HX0123456789abcdef0123456789abcdef", ContentVariables: """{"1":"Riet","2":"dinsdag 24 november"}"""),
            default);

        AssertAccepted(result, "SM");
    }

    [Fact]
    public async Task A_call_with_inline_TwiML_callback_and_timeout_is_a_valid_request()
    {
        var twiml = new TwimlResponse()
            .Gather(new TwimlGather("https://bot.example.nl/twilio/voice/gather") { NumDigits = 1, Hints = ["ja", "nee"] },
                prompts => prompts.Say("Goedemiddag, met BuurtBot. Kunt u morgen koken voor uw buurvrouw? Zeg ja of nee.", "Polly.Lotte"))
            .Say("Ik heb niets gehoord. Tot ziens.", "Polly.Lotte")
            .Hangup()
            .ToString();

        var result = await Client().CreateCallAsync(new TwilioCall("+31612345678", "+31851234567", twiml, TimeoutSeconds: 30), default);

        AssertAccepted(result, "CA");
    }

    /// <summary>The mock really validates: an AccountSid off the spec's pattern is refused, and we call that permanent.</summary>
    [Fact]
    public async Task A_request_off_the_spec_is_refused_by_the_mock_and_classified_permanent()
    {
        var options = TwilioTestOptions.Create(prism.BaseUrl);
        options.AccountSid = "AC-not-a-real-account";

        var result = await TwilioTestOptions.Client(options).SendMessageAsync(new TwilioMessage("+31612345678", "+3197010586014", "Hoi"), default);

        var permanent = Assert.IsType<TwilioSendResult.Permanent>(result);
        Assert.Equal(422, permanent.HttpStatus);
    }

    private TwilioRestClient Client()
    {
        // The composition the app uses: options bound from configuration, typed HttpClient from AddTwilio.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(TwilioTestOptions.Settings(prism.BaseUrl));
        builder.AddTwilio();
        var host = builder.Build();
        _hosts.Add(host);
        return host.Services.GetRequiredService<TwilioRestClient>();
    }

    private TwilioSendResult.Accepted AssertAccepted(TwilioSendResult result, string sidPrefix)
    {
        Assert.True(result is TwilioSendResult.Accepted, $"{result}\n{prism.Log}");
        var accepted = (TwilioSendResult.Accepted)result;
        Assert.Matches(Sid(), accepted.Sid);
        Assert.StartsWith(sidPrefix, accepted.Sid, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(accepted.Status));
        return accepted;
    }

    [GeneratedRegex("^[A-Z]{2}[0-9a-f]{32}$")]
    private static partial Regex Sid();
}
