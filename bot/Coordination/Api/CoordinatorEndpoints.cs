using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Coordination.Api;

/// <summary>
/// The coordinators' JSON API (X-Api-Key): the queue with each conversation so far, answering a person through
/// the bot, closing items, marking helpers as vetted, and reading the messages relayed within a match.
/// </summary>
public static class CoordinatorEndpoints
{
    private const int ConversationLines = 30;

    public static IEndpointRouteBuilder MapCoordinatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coordinator").AddEndpointFilter<CoordinatorApiKeyFilter>();
        api.MapGet("/items", ListAsync);
        api.MapPost("/items/{id:long}/reply", ReplyAsync);
        api.MapPost("/items/{id:long}/close", CloseAsync);
        api.MapPost("/members/{id:long}/vetted", VetAsync);
        api.MapGet("/requests/{id:long}/messages", RelayedAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(bool? closed, BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        var showClosed = closed ?? false;
        var items = await db.CoordinatorItems.AsNoTracking().Where(i => i.Closed == showClosed).OrderBy(i => i.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var views = new List<CoordinatorItemView>();
        foreach (var item in items)
        {
            var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == item.MemberId, cancellationToken);
            views.Add(new CoordinatorItemView(
                item.Id, item.Reason, item.Summary, item.Closed, item.CreatedAt,
                new MemberView(member.Id, member.Phone, member.FirstName, member.Street, member.HouseNumber, member.Postcode, member.LastChannel.ToWire(), member.Vetted),
                await ConversationAsync(db, member.Phone, cancellationToken)));
        }

        return Results.Ok(views);
    }

    private static async Task<IResult> ReplyAsync(
        long id, CoordinatorReply reply, BuurtBotDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reply.Text) || reply.Text.Length > 1000)
        {
            return Results.BadRequest(new { error = "'text' is required (at most 1000 characters)." });
        }

        var item = await db.CoordinatorItems.FindAsync([id], cancellationToken);
        if (item is null)
        {
            return Results.NotFound();
        }

        var member = await db.Members.SingleAsync(m => m.Id == item.MemberId, cancellationToken);
        if (member.OptedOutAt is not null)
        {
            return Results.Conflict(new { error = "This person opted out of all messages." });
        }

        var now = time.GetUtcNow();
        db.OutboxMessages.Add(OutboxMessage.From(Activity.Outgoing(member.LastChannel, member.Phone, $"Bericht van uw buurtcoördinator: {reply.Text.Trim()}", now)));
        await db.SaveChangesAsync(cancellationToken);
        return Results.Accepted();
    }

    private static async Task<IResult> CloseAsync(long id, BuurtBotDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var item = await db.CoordinatorItems.FindAsync([id], cancellationToken);
        if (item is null)
        {
            return Results.NotFound();
        }

        item.Close(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> VetAsync(long id, VettedChange change, BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        var member = await db.Members.FindAsync([id], cancellationToken);
        if (member is null)
        {
            return Results.NotFound();
        }

        member.MarkVetted(change.Vetted);
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> RelayedAsync(long id, BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Requests.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return Results.NotFound();
        }

        var messages = await db.RelayedMessages.AsNoTracking().Where(m => m.RequestId == id).OrderBy(m => m.Id)
            .Select(m => new RelayedMessageView(m.Id, m.FromMemberId, m.ToMemberId, m.Text, m.At)).ToListAsync(cancellationToken);
        return Results.Ok(messages);
    }

    /// <summary>The person's last messages both ways, oldest first.</summary>
    private static async Task<IReadOnlyList<ConversationLine>> ConversationAsync(BuurtBotDbContext db, string phone, CancellationToken cancellationToken)
    {
        var inbound = await db.InboundReceipts.AsNoTracking().Where(r => r.From == phone).OrderByDescending(r => r.ReceivedAt).Take(ConversationLines)
            .Select(r => new ConversationLine("in", r.Channel.ToString(), r.Text, r.ReceivedAt)).ToListAsync(cancellationToken);
        var outbound = await db.OutboxMessages.AsNoTracking().Where(m => m.To == phone).OrderByDescending(m => m.Id).Take(ConversationLines)
            .Select(m => new ConversationLine("out", m.Channel.ToString(), m.Text, m.CreatedAt)).ToListAsync(cancellationToken);
        return inbound.Concat(outbound).OrderBy(l => l.At).ThenBy(l => l.Direction == "in" ? 0 : 1).TakeLast(ConversationLines)
            .Select(l => l with { Channel = l.Channel.ToLowerInvariant() }).ToArray();
    }
}
