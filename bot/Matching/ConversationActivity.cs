using System.Text.Json;
using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// Whether someone is in the middle of a conversation with the bot (a question of theirs is waiting for an answer,
/// recently), so the bot's own questions wait until they are done and a "ja" cannot be mistaken.
/// </summary>
internal sealed class ConversationActivity(BuurtBotDbContext db, IOptions<MatchingOptions> options)
{
    public async Task<bool> IsBusyAsync(string phone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = $"conversation/{phone}";
        var entry = await db.StateEntries.AsNoTracking().Where(e => e.Key == key).Select(e => new { e.Json, e.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        if (entry is null || now - entry.UpdatedAt > options.Value.BusyFor)
        {
            return false;
        }

        using var document = JsonDocument.Parse(entry.Json);
        return document.RootElement.TryGetProperty("DialogState", out var dialogs)
            && dialogs.TryGetProperty("stack", out var stack)
            && stack.GetArrayLength() > 0;
    }
}
