using BuurtBot.Channels.Simulator;
using BuurtBot.Channels.Twilio;
using BuurtBot.Channels.Twilio.Webhooks;
using BuurtBot.Coordination.Api;
using BuurtBot.Data;
using BuurtBot.Dialogs.Conversation;
using BuurtBot.Health;
using BuurtBot.Hosting.Validation;
using BuurtBot.Inbound;
using BuurtBot.Matching;
using BuurtBot.Observability;
using BuurtBot.Outbox;
using BuurtBot.Privacy;

namespace BuurtBot.Hosting;

/// <summary>The whole bot, composed: used by the web host and by the terminal chat alike.</summary>
public static class BuurtBotExtensions
{
    public static WebApplicationBuilder AddBuurtBot(this WebApplicationBuilder builder, bool logToStandardError = false)
    {
        builder.AddBuurtBotLogging(logToStandardError);
        builder.AddBuurtBotData();
        builder.AddMatching();
        // Middleware runs in registration order: each channel message once, then state saving, then opt-out.
        builder.Services.AddScoped<Dialogs.Engine.Turns.IMiddleware, InboundReceiptMiddleware>();
        builder.Services.AddScoped<Dialogs.Engine.Turns.IMiddleware, TurnMetricsMiddleware>();
        builder.Services.AddBuurtBotDialogs();
        builder.Services.AddOptions<Dialogs.Engine.Turns.TurnOptions>().BindConfiguration(Dialogs.Engine.Turns.TurnOptions.Section);
        builder.AddSimulator();
        builder.AddTwilioChannels();
        builder.AddOutbox();
        builder.Services.AddScoped<IDeliveryStatusRecorder, DeliveryStatusRecorder>();
        builder.Services.AddScoped<IOutboxReader, OutboxReader>();
        builder.AddCoordinatorApi();
        builder.AddPrivacy();
        builder.AddBuurtBotHealth();
        builder.AddBuurtBotMetrics();
        builder.AddBuurtBotConfigurationValidation();
        return builder;
    }

    public static WebApplication MapBuurtBot(this WebApplication app)
    {
        app.MapBuurtBotHealth();
        app.MapBuurtBotMetrics();
        app.MapTwilioChannels();
        app.MapCoordinatorApi();
        app.MapPrivacy();
        app.MapSimulator(app.Configuration.GetValue<bool?>($"{SimulatorOptions.Section}:Enabled") ?? app.Environment.IsDevelopment());
        return app;
    }
}
