using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.State;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Storage;

/// <summary>
/// Bot state in the bot's own database. A write commits everything else the turn staged in the same
/// database transaction, so state, records and outgoing messages of a turn land together or not at all; it is the
/// turn's closing write (<see cref="TurnUnitOfWork.SaveAsync"/>), which also lets go of the conversation's lease.
/// </summary>
internal sealed class EfStorage(BuurtBotDbContext db, TurnUnitOfWork work, TimeProvider time) : IStorage
{
    // Every turn reads its conversation's and its person's state (AutoSaveStateMiddleware): compiled once for that pair.
    private static readonly Func<BuurtBotDbContext, string, string, IAsyncEnumerable<StateEntry>> Pair =
        EF.CompileAsyncQuery((BuurtBotDbContext db, string first, string second) => db.StateEntries.Where(e => e.Key == first || e.Key == second));

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToArray();
        var entries = wanted.Length == 2
            ? await Pair(db, wanted[0], wanted[1]).ToListAsync(cancellationToken)
            : await db.StateEntries.Where(e => wanted.Contains(e.Key)).ToListAsync(cancellationToken);
        return entries.ToDictionary(e => e.Key, e => new StoreItem(e.Json, e.ETag), StringComparer.Ordinal);
    }

    public async Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        foreach (var (key, item) in changes)
        {
            await StageAsync(key, item, cancellationToken);
        }

        await work.SaveAsync(cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToArray();
        var entries = await db.StateEntries.Where(e => wanted.Contains(e.Key)).ToListAsync(cancellationToken);
        db.StateEntries.RemoveRange(entries);
        await db.SaveTurnChangesAsync(cancellationToken);
    }

    private async Task StageAsync(string key, StoreItem item, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (item.ETag is null)
        {
            // Create: if another turn created it meanwhile, the insert fails and the turn is retried.
            db.StateEntries.Add(new StateEntry { Key = key, Json = item.Json, ETag = NewETag(), UpdatedAt = now });
            return;
        }

        var entry = await db.StateEntries.FindAsync([key], cancellationToken);
        if (entry is null)
        {
            if (item.ETag != StoreItem.AnyETag)
            {
                throw new StorageConflictException($"State '{key}' was deleted by another turn.");
            }

            db.StateEntries.Add(new StateEntry { Key = key, Json = item.Json, ETag = NewETag(), UpdatedAt = now });
            return;
        }

        if (item.ETag != StoreItem.AnyETag)
        {
            // The UPDATE only matches the version this turn read; a newer one makes it fail.
            db.Entry(entry).Property(e => e.ETag).OriginalValue = item.ETag;
        }

        entry.Json = item.Json;
        entry.ETag = NewETag();
        entry.UpdatedAt = now;
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
