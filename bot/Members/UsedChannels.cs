using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Members;

/// <summary>The channels a member has used, as flags.</summary>
[Flags]
public enum UsedChannels
{
    None = 0,
    Sms = 1,
    WhatsApp = 2,
    Voice = 4,
    Simulator = 8,
}

internal static class UsedChannelsExtensions
{
    public static UsedChannels ToFlag(this Channel channel) => channel switch
    {
        Channel.Sms => UsedChannels.Sms,
        Channel.WhatsApp => UsedChannels.WhatsApp,
        Channel.Voice => UsedChannels.Voice,
        Channel.Simulator => UsedChannels.Simulator,
        _ => UsedChannels.None,
    };
}
