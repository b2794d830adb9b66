using BuurtBot.Channels.Outbound;
using BuurtBot.Channels.Twilio.Sending;
using BuurtBot.Channels.Twilio.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Channels.Twilio;

public static partial class TwilioChannelExtensions
{
    /// <summary>
    /// SMS, WhatsApp and phone calls through Twilio, when the Twilio section is filled in (a partly filled one
    /// stops the start with a message naming what is missing). Without it the bot runs with the simulator only.
    /// </summary>
    public static WebApplicationBuilder AddTwilioChannels(this WebApplicationBuilder builder)
    {
        builder.AddTwilio();
        if (builder.Configuration.IsTwilioConfigured())
        {
            builder.Services.AddSingleton<IOutboundTransport, TwilioTransport>();
        }

        return builder;
    }

    /// <summary>The Twilio webhooks, when Twilio is configured; otherwise one line in the log saying so.</summary>
    public static WebApplication MapTwilioChannels(this WebApplication app)
    {
        if (app.Configuration.IsTwilioConfigured())
        {
            app.MapTwilioWebhooks();
            LogTwilioOn(app.Logger);
        }
        else
        {
            LogSimulatorOnly(app.Logger);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio is configured: SMS, WhatsApp and voice webhooks are at /api/twilio")]
    private static partial void LogTwilioOn(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio is not configured (no Twilio settings): the bot runs with the simulator only")]
    private static partial void LogSimulatorOnly(ILogger logger);
}
