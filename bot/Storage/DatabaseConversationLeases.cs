using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Storage;

/// <summary>
/// Conversation leases in the bot's database, for SQL Server (an SQLite file uses <see cref="FileConversationLeases"/>,
/// which costs no write). Taking one is a single conditional UPDATE (free, or expired),
/// atomic on SQLite (one writer at a time) and on SQL Server (the row is locked while the predicate is checked);
/// the first turn of a conversation inserts its row, and a racing insert loses on the key and tries again.
/// A waiting instance polls with short jittered pauses. The ETag on the state row stays as the backstop: a turn
/// that outlived its lease still cannot overwrite a newer state.
/// </summary>
internal sealed partial class DatabaseConversationLeases(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<DatabaseOptions> options, ILogger<DatabaseConversationLeases> logger)
    : IConversationLeases
{
    public Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        LeaseWaiting.UntilTakenAsync(conversationId, token => TryAcquireAsync(conversationId, token), logger, cancellationToken);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        var holder = Guid.NewGuid();
        return await TryTakeAsync(conversationId, holder, cancellationToken) ? new Lease(this, conversationId, holder) : null;
    }

    private async Task<bool> TryTakeAsync(string key, Guid holder, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.ConversationLease;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        int taken;
        using (await db.EnterWriteAsync(cancellationToken))
        {
            taken = await db.ConversationLeases
                .Where(l => l.Key == key && (l.Holder == null || l.HeldUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.HeldUntil, until), cancellationToken);
        }

        if (taken == 1)
        {
            return true;
        }

        if (await db.ConversationLeases.AnyAsync(l => l.Key == key, cancellationToken))
        {
            return false; // held by another turn
        }

        db.ConversationLeases.Add(new ConversationLease { Key = key, Holder = holder, HeldUntil = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return false; // another instance's first turn of this conversation came first
        }
    }

    private async Task ReleaseAsync(string key, Guid holder)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            using var write = await db.EnterWriteAsync(CancellationToken.None);
            await db.ConversationLeases
                .Where(l => l.Key == key && l.Holder == holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.HeldUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The turn itself is done and committed; the lease then simply expires.
            LogReleaseFailed(logger, ex, Redact.Phone(key));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the lease of conversation {Conversation}; it expires by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string conversation);

    /// <summary>
    /// A conversation held by one turn. The turn's commit lets it go in the same write when it can
    /// (<see cref="Data.TurnUnitOfWork"/>); otherwise disposing it does, in a write of its own.
    /// </summary>
    internal sealed class Lease(DatabaseConversationLeases owner, string key, Guid holder) : IAsyncDisposable
    {
        private bool _letGo;

        public string Key => key;

        public Guid Holder => holder;

        /// <summary>Whether the lease was let go (by a turn's commit, or by disposing it).</summary>
        public bool IsLetGo => _letGo;

        /// <summary>The turn's commit let go of the lease: disposing it writes nothing more.</summary>
        public void LetGoByCommit() => _letGo = true;

        public async ValueTask DisposeAsync()
        {
            if (!_letGo)
            {
                _letGo = true;
                await owner.ReleaseAsync(key, holder);
            }
        }
    }
}
