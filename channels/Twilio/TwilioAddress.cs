using System.Diagnostics.CodeAnalysis;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;

namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio's addresses: "+31612345678" for SMS and voice, "whatsapp:+31612345678" for WhatsApp.</summary>
public static class TwilioAddress
{
    public const string WhatsAppPrefix = "whatsapp:";

    /// <summary>
    /// Reads a person's address as Twilio sends it. Only strict E.164 is accepted ("+" and digits):
    /// Twilio never sends national numbers, so anything else (withheld caller id, short codes) is refused.
    /// </summary>
    public static bool TryParse(string? address, out Channel channel, [NotNullWhen(true)] out string? e164)
    {
        channel = Channel.Sms;
        e164 = null;
        if (string.IsNullOrEmpty(address))
        {
            return false;
        }

        var number = address;
        if (address.StartsWith(WhatsAppPrefix, StringComparison.Ordinal))
        {
            channel = Channel.WhatsApp;
            number = address[WhatsAppPrefix.Length..];
        }

        if (number.Length is < 9 or > 16 || number[0] != '+' || number.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return PhoneNumber.TryNormalize(number, out e164) && e164 == number;
    }

    /// <summary>The address to send to a person on a channel.</summary>
    public static string For(Channel channel, string e164) =>
        channel == Channel.WhatsApp ? WhatsAppPrefix + e164 : e164;
}
