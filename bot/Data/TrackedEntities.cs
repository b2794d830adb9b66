using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BuurtBot.Data;

/// <summary>
/// Reading what a context tracks without EF's change scan. <see cref="DbSet{TEntity}.Local"/> (and a save) first scans
/// every tracked entity for changes; on a turn that loaded hundreds of neighbours to rank them, that scan ran once per
/// question asked and took a fifth of the bot's time under load. What is read here (an entity's own properties, and
/// its Added or Deleted state, which Add and Remove set) needs no scan.
/// </summary>
public static class TrackedEntities
{
    /// <summary>The entities of a kind the context tracks (not deleted), as <see cref="DbSet{TEntity}.Local"/> has them.</summary>
    public static List<TEntity> TrackedWithoutScan<TEntity>(this DbSet<TEntity> set, DbContext context)
        where TEntity : class
    {
        using var pause = context.PauseChangeScan();
        return [.. set.Local];
    }

    /// <summary>
    /// Turns EF's automatic change scan off until disposed (then back to what it was), for reads that need none or
    /// right after a scan was made.
    /// </summary>
    public static IDisposable PauseChangeScan(this DbContext context) => new ChangeScanPause(context.ChangeTracker);

    private sealed class ChangeScanPause : IDisposable
    {
        private readonly ChangeTracker _tracker;
        private readonly bool _was;

        public ChangeScanPause(ChangeTracker tracker)
        {
            _tracker = tracker;
            _was = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _was;
    }
}
