using BuurtBot.Data;
using BuurtBot.Matching;
using BuurtBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

/// <summary>
/// Blanks message texts older than the retention period, wherever they are kept: the outbox (once a message is no
/// longer waiting to be sent), inbound receipts, relayed messages, questions and coordinator item summaries. What
/// happened (who, when, which status) stays; what was said goes. Bulk updates, safe to run on several instances.
/// </summary>
public sealed partial class MessagePurger(IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<MessagePurger> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.MessageDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var purged = 0;
        purged += await db.OutboxMessages
            .Where(m => m.CreatedAt < cutoff && m.Text != "" && m.Status != OutboxStatus.Pending && m.Status != OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Text, ""), cancellationToken);
        purged += await db.InboundReceipts.Where(r => r.ReceivedAt < cutoff && r.Text != "")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Text, ""), cancellationToken);
        purged += await db.RelayedMessages.Where(m => m.At < cutoff && m.Text != "")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Text, ""), cancellationToken);
        purged += await db.Questions.Where(q => q.CreatedAt < cutoff && q.Text != "" && q.Status != QuestionStatus.Waiting && q.Status != QuestionStatus.Asked)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Text, ""), cancellationToken);
        purged += await db.CoordinatorItems.Where(i => i.CreatedAt < cutoff && i.Summary != null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Summary, (string?)null), cancellationToken);
        if (purged > 0)
        {
            LogPurged(logger, purged, options.Value.MessageDays);
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: blanked the text of {Count} record(s) older than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
