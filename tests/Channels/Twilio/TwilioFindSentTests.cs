using BuurtBot.Channels.Outbound;
using BuurtBot.Channels.Twilio.Sending;
using BuurtBot.Dialogs.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Before sending again a message whose earlier send may have gone out (its sender died), the transport asks
/// Twilio's message list whether it did: same recipient, same text, made after the message.
/// </summary>
public sealed class TwilioFindSentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_message_twilio_took_is_found_by_recipient_and_text_and_another_text_is_not()
    {
        var twilio = new RecordingTwilio();
        await using var api = await TwilioStub.StartAsync(twilio.HandleAsync);
        var transport = Transport(api);
        var message = new OutboundMessage(7, "+31612345678", Channel.Sms, "Anna kookt morgen voor u.", Now, 1);

        var sent = await transport.SendAsync(message, CancellationToken.None);

        Assert.Equal([sent.ProviderId!], await transport.FindSentAsync(message with { MaybeSent = true }, CancellationToken.None));
        Assert.Empty((await transport.FindSentAsync(message with { Text = "Henk kookt morgen voor u." }, CancellationToken.None))!);
        Assert.Empty((await transport.FindSentAsync(message with { To = "+31687654321" }, CancellationToken.None))!);
        Assert.Null(await transport.FindSentAsync(message with { Channel = Channel.Voice }, CancellationToken.None));
    }

    private static TwilioTransport Transport(TwilioStub api)
    {
        var options = TwilioTestOptions.Create(api.BaseUrl);
        var services = new ServiceCollection();
        services.AddSingleton(TwilioTestOptions.Client(options));
        return new TwilioTransport(services.BuildServiceProvider(), Options.Create(options), new FakeTimeProvider(Now));
    }
}
