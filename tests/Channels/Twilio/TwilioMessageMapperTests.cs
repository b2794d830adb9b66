using BuurtBot.Channels.Twilio;
using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Inbound SMS and WhatsApp webhooks (recorded payloads) to Activities.</summary>
public sealed class TwilioMessageMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sms-inbound.form", Channel.Sms, "+31612345678", "SMe69cb7d2a5a055da80708bac36c369bf",
        "Hoi! Ik heb morgen soep over voor 2 personen 🍲 Goede ideeën voor de buurtmaaltijd? Mijn tel. is “06-12345678” – bel gerust.")]
    [InlineData("sms-stop-optout.form", Channel.Sms, "+31687654321", null, "STOP")]
    [InlineData("whatsapp-text.form", Channel.WhatsApp, "+31612345678", null,
        "Goedemorgen! Kan iemand mij helpen met boodschappen? Ik ben 84 & slecht ter been 😊")]
    [InlineData("whatsapp-button-reply.form", Channel.WhatsApp, "+31623456789", null, "Ja")]
    [InlineData("whatsapp-media-only.form", Channel.WhatsApp, "+31634567890", null, "")]
    [InlineData("whatsapp-location.form", Channel.WhatsApp, "+31645678901", null, "")]
    public void Inbound_messages_become_incoming_activities(string payload, Channel channel, string from, string? sid, string text)
    {
        var form = Payloads.Form(payload);

        Assert.True(TwilioMessageMapper.TryMap(form, Now, out var message, out var error), error);

        var activity = message.Activity;
        Assert.Equal(channel, activity.Channel);
        Assert.Equal(from, activity.From);
        Assert.Equal(Activity.BotAddress, activity.Recipient);
        Assert.Equal(form["MessageSid"], activity.Id);
        Assert.Equal(sid ?? form["MessageSid"], activity.Id);
        Assert.Equal(text, activity.Text);
        Assert.Equal(Now, activity.Timestamp);
        Assert.Null(activity.SpeechConfidence);
        Assert.Equal(form["To"], message.To);
    }

    [Fact]
    public void WhatsApp_extras_are_kept_beside_the_activity()
    {
        TwilioMessageMapper.TryMap(Payloads.Form("whatsapp-button-reply.form"), Now, out var button, out _);
        TwilioMessageMapper.TryMap(Payloads.Form("whatsapp-media-only.form"), Now, out var media, out _);
        TwilioMessageMapper.TryMap(Payloads.Form("whatsapp-location.form"), Now, out var location, out _);
        TwilioMessageMapper.TryMap(Payloads.Form("sms-stop-optout.form"), Now, out var stop, out _);
        TwilioMessageMapper.TryMap(Payloads.Form("sms-inbound.form"), Now, out var sms, out _);

        Assert.Equal("confirm:yes", button!.ButtonPayload);
        Assert.Equal("Jan", button.ProfileName);
        Assert.Equal(1, media!.MediaCount);
        Assert.StartsWith("MM", media.Activity.Id, StringComparison.Ordinal);
        Assert.Equal(new TwilioLocation(52.0907374, 5.1214201, "Stadhuisbrug 1, 3511 BJ Utrecht", "Stadhuis Utrecht"), location!.Location);
        Assert.Equal("STOP", stop!.OptOutType);
        Assert.Equal((0, null, null, null, null), (sms!.MediaCount, sms.ButtonPayload, sms.Location, sms.ProfileName, sms.OptOutType));
    }

    [Fact]
    public void A_button_tap_without_body_takes_the_button_text()
    {
        var form = WithField(Payloads.Form("whatsapp-button-reply.form"), "Body", "");

        Assert.True(TwilioMessageMapper.TryMap(form, Now, out var message, out _));
        Assert.Equal("Ja", message.Activity.Text);
    }

    [Theory]
    [InlineData("malformed-sms-missing-from.form", "From is missing.")]
    [InlineData("malformed-sms-missing-sid.form", "MessageSid is missing.")]
    [InlineData("malformed-whatsapp-national-number.form", "From is not an E.164 number or whatsapp:+E.164 address.")]
    public void Malformed_payloads_give_a_reason_not_an_exception(string payload, string expected)
    {
        Assert.False(TwilioMessageMapper.TryMap(Payloads.Form(payload), Now, out var message, out var error));
        Assert.Null(message);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("From", "whatsapp:")]
    [InlineData("From", "+31 6 12345678")]
    [InlineData("From", "0031612345678")]
    [InlineData("From", "+3161234567")]
    [InlineData("From", "Rabobank")]
    [InlineData("From", "whatsapp:31612345678")]
    [InlineData("From", "messenger:+31612345678")]
    [InlineData("MessageSid", "SM123")]
    [InlineData("MessageSid", "sme69cb7d2a5a055da80708bac36c369bf")]
    [InlineData("MessageSid", "SMe69cb7d2a5a055da80708bac36c369bf\n")]
    public void Bad_numbers_and_sids_are_refused(string field, string value)
    {
        var form = WithField(Payloads.Form("whatsapp-text.form"), field, value);

        Assert.False(TwilioMessageMapper.TryMap(form, Now, out _, out var error));
        Assert.StartsWith(field, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_recorded_inbound_message_payload_maps_or_is_refused_without_throwing()
    {
        foreach (var name in Payloads.All())
        {
            var mapped = TwilioMessageMapper.TryMap(Payloads.Form(name), Now, out var message, out var error);
            Assert.True(mapped ^ error is not null, name);
            Assert.Equal(mapped, message is not null);
        }
    }

    internal static TwilioForm WithField(TwilioForm form, string name, string value) =>
        new(form.Where(f => f.Key != name).Append(new(name, value)));
}
