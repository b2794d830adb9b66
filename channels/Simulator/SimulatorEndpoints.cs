using System.Text.Json;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BuurtBot.Channels.Simulator;

/// <summary>The simulator's HTTP API: send a message as a phone, read everything the bot sent.</summary>
public static class SimulatorEndpoints
{
    private const int MaxBodyBytes = 16 * 1024;
    private const int MaxOutboxPage = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapSimulatorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/simulator");
        group.MapPost("/messages", PostMessageAsync);
        group.MapGet("/outbox", GetOutboxAsync);
        return app;
    }

    private static async Task<IResult> PostMessageAsync(
        HttpRequest http, ITurnProcessor turns, TimeProvider time, CancellationToken cancellationToken)
    {
        if (http.ContentLength > MaxBodyBytes)
        {
            return Results.BadRequest(new SimulatorError($"The body is larger than {MaxBodyBytes} bytes."));
        }

        SimulatorMessageRequest? request;
        try
        {
            using var limited = new MemoryStream();
            await http.Body.CopyToAsync(limited, cancellationToken);
            if (limited.Length > MaxBodyBytes)
            {
                return Results.BadRequest(new SimulatorError($"The body is larger than {MaxBodyBytes} bytes."));
            }

            limited.Position = 0;
            request = await JsonSerializer.DeserializeAsync<SimulatorMessageRequest>(limited, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(new SimulatorError($"The body is not valid JSON: {ex.Message}"));
        }

        if (!SimulatorMessageMapper.TryMap(request, time.GetUtcNow(), out var activity, out var error))
        {
            return Results.BadRequest(new SimulatorError(error!));
        }

        var result = await turns.ProcessAsync(activity!, cancellationToken);
        var replies = result.Replies.Select(r => new SimulatorReply(r.Recipient, r.Channel.ToWire(), r.Text)).ToArray();
        return Results.Ok(new SimulatorTurnResponse(replies));
    }

    private static async Task<IResult> GetOutboxAsync(
        string? to, long? after, int? limit, IOutboxReader outbox, CancellationToken cancellationToken)
    {
        string? phone = null;
        if (to is [' ', ..])
        {
            to = "+" + to.TrimStart(); // an unencoded "+" in the query string arrives as a space
        }

        if (to is not null && !PhoneNumber.TryNormalize(to, out phone))
        {
            return Results.BadRequest(new SimulatorError("'to' is not a valid phone number: use E.164, e.g. +31612345678."));
        }

        if (limit is < 1 or > MaxOutboxPage)
        {
            return Results.BadRequest(new SimulatorError($"'limit' must be between 1 and {MaxOutboxPage}."));
        }

        var entries = await outbox.ListAsync(phone, after ?? 0, limit ?? MaxOutboxPage, cancellationToken);
        return Results.Ok(entries);
    }
}
