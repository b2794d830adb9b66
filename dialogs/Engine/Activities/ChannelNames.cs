using System.Diagnostics.CodeAnalysis;

namespace BuurtBot.Dialogs.Engine.Activities;

/// <summary>The wire names of channels ("sms", "whatsapp", "voice", "simulator").</summary>
public static class ChannelNames
{
    public static string ToWire(this Channel channel) => channel switch
    {
        Channel.Sms => "sms",
        Channel.WhatsApp => "whatsapp",
        Channel.Voice => "voice",
        Channel.Simulator => "simulator",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out Channel? channel)
    {
        channel = name?.Trim().ToLowerInvariant() switch
        {
            "sms" => Channel.Sms,
            "whatsapp" => Channel.WhatsApp,
            "voice" => Channel.Voice,
            "simulator" => Channel.Simulator,
            _ => null,
        };
        return channel is not null;
    }
}
