using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;

namespace BuurtBot.Channels.Simulator;

/// <summary>Turns a simulator request into an Activity, or says what is wrong with it.</summary>
public static class SimulatorMessageMapper
{
    public const int MaxTextLength = 1600;

    public static bool TryMap(SimulatorMessageRequest? request, DateTimeOffset now, out Activity? activity, out string? error)
    {
        activity = null;
        error = Validate(request, out var phone, out var channel);
        if (error is not null)
        {
            return false;
        }

        activity = Activity.Incoming(channel!.Value, phone!, request!.Text!, now, id: $"SIM{Guid.NewGuid():N}");
        return true;
    }

    private static string? Validate(SimulatorMessageRequest? request, out string? phone, out Channel? channel)
    {
        phone = null;
        channel = null;
        if (request is null)
        {
            return "The body must be a JSON object with from, channel and text.";
        }

        if (string.IsNullOrWhiteSpace(request.From))
        {
            return "'from' is required: the sender's phone number, e.g. +31612345678.";
        }

        if (!PhoneNumber.TryNormalize(request.From, out phone))
        {
            return $"'from' is not a valid phone number: use E.164, e.g. +31612345678.";
        }

        if (!ChannelNames.TryParse(request.Channel, out channel) || channel == Channel.Simulator)
        {
            return "'channel' must be one of: sms, whatsapp, voice.";
        }

        if (request.Text is null)
        {
            return "'text' is required.";
        }

        if (request.Text.Length > MaxTextLength)
        {
            return $"'text' is longer than {MaxTextLength} characters.";
        }

        return null;
    }
}
