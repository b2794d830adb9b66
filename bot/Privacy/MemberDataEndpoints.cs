using System.Text.Json;
using System.Text.Json.Serialization;
using BuurtBot.Coordination.Api;
using BuurtBot.Data;
using BuurtBot.Dialogs.Members;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Privacy;

/// <summary>
/// A member's rights, for coordinators (X-Api-Key): everything the bot holds about one member as JSON (access,
/// AVG article 15), and removing it on request made by letter or phone (erasure, article 17).
/// </summary>
public static class MemberDataEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static IEndpointRouteBuilder MapMemberDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coordinator/members").AddEndpointFilter<CoordinatorApiKeyFilter>();
        api.MapGet("/{id:long}/export", ExportAsync);
        api.MapDelete("/{id:long}", EraseAsync);
        return app;
    }

    private static async Task<IResult> ExportAsync(long id, BuurtBotDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return Results.NotFound();
        }

        var phone = member.Phone;
        var export = new
        {
            ExportedAt = time.GetUtcNow(),
            Member = member,
            Requests = await db.Requests.AsNoTracking().Where(r => r.RequesterId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken),
            RequestsTakenOn = await db.Requests.AsNoTracking().Where(r => r.MatchedMemberId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken),
            Offers = await db.Offers.AsNoTracking().Where(o => o.OffererId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken),
            QuestionsAsked = await db.Questions.AsNoTracking().Where(q => q.MemberId == id).OrderBy(q => q.Id)
                .Select(q => new { q.Id, q.RequestId, q.Kind, q.Status, q.Text, q.CreatedAt, q.AskedAt, q.AnsweredAt }).ToListAsync(cancellationToken),
            RelayedMessages = await db.RelayedMessages.AsNoTracking().Where(m => m.FromMemberId == id || m.ToMemberId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            CoordinatorItems = await db.CoordinatorItems.AsNoTracking().Where(i => i.MemberId == id).OrderBy(i => i.Id).ToListAsync(cancellationToken),
            MessagesReceivedFromMember = await db.InboundReceipts.AsNoTracking().Where(r => r.From == phone).OrderBy(r => r.ReceivedAt)
                .Select(r => new { r.MessageId, r.Channel, r.Text, r.ReceivedAt }).ToListAsync(cancellationToken),
            MessagesSentToMember = await db.OutboxMessages.AsNoTracking().Where(m => m.To == phone).OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.Channel, m.Text, m.Status, m.CreatedAt, m.StatusChangedAt }).ToListAsync(cancellationToken),
        };
        return Results.Json(export, Json);
    }

    private static async Task<IResult> EraseAsync(long id, BuurtBotDbContext db, IMemberErasure erasure, TimeProvider time, CancellationToken cancellationToken)
    {
        var member = await db.Members.FindAsync([id], cancellationToken);
        if (member is null)
        {
            return Results.NotFound();
        }

        var phone = member.Phone;
        await erasure.EraseAsync(id, time.GetUtcNow(), cancellationToken);
        var state = new[] { $"conversation/{phone}", $"user/{phone}" };
        db.StateEntries.RemoveRange(await db.StateEntries.Where(e => state.Contains(e.Key)).ToListAsync(cancellationToken));
        await db.SaveTurnChangesAsync(cancellationToken);
        return Results.NoContent();
    }
}
