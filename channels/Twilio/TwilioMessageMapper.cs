using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Channels.Twilio;

/// <summary>Inbound SMS / WhatsApp webhook (CONTRACT §1) to an Activity, or a reason why not (answer 400).</summary>
public static class TwilioMessageMapper
{
    public static bool TryMap(
        TwilioForm form, DateTimeOffset now, [NotNullWhen(true)] out TwilioInboundMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        var sid = form["MessageSid"];
        if (string.IsNullOrEmpty(sid))
        {
            error = "MessageSid is missing.";
            return false;
        }

        if (!TwilioSids.IsValid(sid))
        {
            error = "MessageSid is not a Twilio SID (two letters and 32 hex digits).";
            return false;
        }

        if (string.IsNullOrEmpty(form["From"]))
        {
            error = "From is missing.";
            return false;
        }

        if (!TwilioAddress.TryParse(form["From"], out var channel, out var from))
        {
            error = "From is not an E.164 number or whatsapp:+E.164 address.";
            return false;
        }

        var body = form["Body"] ?? "";
        if (body.Length == 0 && form.NonEmpty("ButtonText") is { } buttonText)
        {
            body = buttonText;
        }

        var mediaCount = int.TryParse(form["NumMedia"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        message = new TwilioInboundMessage(
            Activity.Incoming(channel, from, body, now, sid),
            form["To"] ?? "",
            mediaCount,
            form.NonEmpty("ButtonPayload"),
            Location(form),
            channel == Channel.WhatsApp ? form.NonEmpty("ProfileName") : null,
            form.NonEmpty("OptOutType"));
        error = null;
        return true;
    }

    private static TwilioLocation? Location(TwilioForm form) =>
        double.TryParse(form["Latitude"], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
        && double.TryParse(form["Longitude"], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
        && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? new TwilioLocation(latitude, longitude, form.NonEmpty("Address"), form.NonEmpty("Label"))
            : null;
}
