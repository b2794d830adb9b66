using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace BuurtBot.Channels.Twilio.Webhooks;

public static class TwilioWebhookEndpoints
{
    /// <summary>The webhooks Twilio calls: messages, voice, Gather results, and status callbacks.</summary>
    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/twilio").DisableAntiforgery();
        group.MapPost("/messages", TwilioMessageEndpoint.HandleAsync);
        group.MapPost("/voice", TwilioVoiceEndpoints.IncomingAsync);
        group.MapPost("/voice/gather", TwilioVoiceEndpoints.GatherAsync);
        group.MapPost("/status", TwilioStatusEndpoint.HandleAsync);
        return app;
    }
}
