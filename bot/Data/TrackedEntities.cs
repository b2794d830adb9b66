using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

public static class TrackedEntities
{
    /// <summary>
    /// The entities of a kind this context tracks (not deleted), as <see cref="DbSet{TEntity}.Local"/> has them but
    /// without its change scan of every tracked entity: on a turn that loaded hundreds of neighbours to rank them,
    /// that scan ran once per question asked and took a fifth of the bot's time under load. What callers read here
    /// (an entity's own properties, and its Added or Deleted state, which Add and Remove set) needs no scan.
    /// </summary>
    public static List<TEntity> TrackedWithoutScan<TEntity>(this DbSet<TEntity> set, DbContext context)
        where TEntity : class
    {
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. set.Local];
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
