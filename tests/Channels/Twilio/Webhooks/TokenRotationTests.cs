using System.Net;
using BuurtBot.Channels.Outbound;
using BuurtBot.Channels.Twilio;
using BuurtBot.Channels.Twilio.Sending;
using BuurtBot.Dialogs.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio.Webhooks;

/// <summary>
/// Rotating the Twilio auth token without losing messages: webhooks signed with either token are accepted while
/// Twilio:SecondaryAuthToken is set, and a message refused for our credentials waits instead of being dropped.
/// </summary>
public sealed class TokenRotationTests
{
    private const string NewToken = "0b6d2e9f4c1a47d8b3e5f60718293a4b";

    [Fact]
    public async Task While_rotating_a_message_signed_with_either_token_is_taken_and_any_other_is_refused()
    {
        await using var bot = await TwilioBot.StartAsync(null, new Dictionary<string, string?> { ["Twilio:SecondaryAuthToken"] = NewToken });
        List<KeyValuePair<string, string>> Fields() => [new("MessageSid", bot.NewMessageSid()), new("From", "+31612345678"), new("Body", "hallo")];
        const string Url = TwilioBot.PublicBase + "/api/twilio/messages";

        var oldFields = Fields();
        var newFields = Fields();
        var otherFields = Fields();
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync("/api/twilio/messages", oldFields, TwilioSignature.Compute(TwilioTestOptions.AuthToken, Url, oldFields))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync("/api/twilio/messages", newFields, TwilioSignature.Compute(NewToken, Url, newFields))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.PostAsync("/api/twilio/messages", otherFields, TwilioSignature.Compute("ffffffffffffffffffffffffffffffff", Url, otherFields))).StatusCode);
    }

    [Fact]
    public async Task A_message_refused_for_our_credentials_is_tried_again_later()
    {
        await using var api = await TwilioStub.StartAsync(TwilioStub.Error(401, 20003, "Authenticate"));
        var options = TwilioTestOptions.Create(api.BaseUrl);
        var services = new ServiceCollection();
        services.AddSingleton(TwilioTestOptions.Client(options));
        var transport = new TwilioTransport(services.BuildServiceProvider(), Options.Create(options), new FakeTimeProvider());

        var attempt = await transport.SendAsync(new OutboundMessage(1, "+31612345678", Channel.Sms, "Hallo", DateTimeOffset.UnixEpoch, 1), CancellationToken.None);

        Assert.Equal((DeliveryOutcome.RetryLater, (int?)20003), (attempt.Outcome, attempt.ErrorCode));
    }

    [Fact]
    public void The_secondary_token_must_differ_from_the_primary()
    {
        var options = TwilioTestOptions.Create(new Uri("https://api.twilio.com"));
        options.SecondaryAuthToken = options.AuthToken;
        Assert.Contains(
            "Twilio:SecondaryAuthToken must be the other token (not the same as AuthToken) without white space.",
            TwilioOptionsValidator.Problems(options));
    }
}
