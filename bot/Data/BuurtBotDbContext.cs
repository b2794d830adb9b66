using BuurtBot.Coordination;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Inbound;
using BuurtBot.Matching;
using BuurtBot.Offers;
using BuurtBot.Scheduling;
using BuurtBot.Members;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using BuurtBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BuurtBot.Data;

/// <summary>
/// The bot's one database: members, requests, bot state, outgoing messages, coordinator items. This type runs
/// on SQLite; <see cref="SqlServerBuurtBotDbContext"/> is the same model with SQL Server's migrations.
/// </summary>
public class BuurtBotDbContext : DbContext
{
    public BuurtBotDbContext(DbContextOptions<BuurtBotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (its own migrations), see <see cref="SqlServerBuurtBotDbContext"/>.</summary>
    protected BuurtBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Request> Requests => Set<Request>();

    public DbSet<StateEntry> StateEntries => Set<StateEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<CoordinatorItem> CoordinatorItems => Set<CoordinatorItem>();

    public DbSet<InboundReceipt> InboundReceipts => Set<InboundReceipt>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<OfferCategory> OfferCategories => Set<OfferCategory>();

    public DbSet<OfferItemSuffix> OfferItemSuffixes => Set<OfferItemSuffix>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<RelayedMessage> RelayedMessages => Set<RelayedMessage>();

    public DbSet<ScheduledTask> ScheduledTasks => Set<ScheduledTask>();

    public DbSet<ConversationLease> ConversationLeases => Set<ConversationLease>();

    private SqliteWriteGate? _gate;
    private bool _gateLooked;

    /// <summary>
    /// Waits for this process's other writes to the database to finish (SQLite: <see cref="SqliteWriteGate"/>); on
    /// other providers it does not wait. For writes that are not <see cref="SaveChangesAsync(bool, CancellationToken)"/>,
    /// which waits by itself: bulk updates (ExecuteUpdate). Never hold it while saving.
    /// </summary>
    public async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (!_gateLooked)
        {
            _gate = SqliteWriteGate.For(this);
            _gateLooked = true;
        }

        return _gate is null ? null : await _gate.EnterAsync(cancellationToken);
    }

    private SqliteTransaction? _snapshot;

    /// <summary>
    /// SQLite: the reads that follow see one state of the database, until the next save (which ends the snapshot
    /// first: it writes in a transaction of its own). Every read outside a transaction is a transaction of its own,
    /// and under load each of them finds the file changed since the connection last read and throws away the pages
    /// it had cached (and its memory mapping); a turn reads about seventeen times, so it reloaded those pages about
    /// seventeen times. Within one snapshot it loads them once. Writes stay safe: what another turn changed in
    /// between is caught at the save by the concurrency tokens, as before. Other providers: nothing happens.
    /// Measured over whole 90 s load runs (64 connections, memory-mapped then) the CPU per turn did not change beyond
    /// the noise (5.88 vs 5.91 ms); a first 15 s step had suggested 6.5 -> 5.6 ms, which did not hold up.
    /// </summary>
    public async Task BeginReadSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is not null || Database.CurrentTransaction is not null || !Database.IsSqlite())
        {
            return;
        }

        await Database.OpenConnectionAsync(cancellationToken);
        _snapshot = ((SqliteConnection)Database.GetDbConnection()).BeginTransaction(deferred: true);
        await Database.UseTransactionAsync(_snapshot, cancellationToken);
    }

    /// <summary>Ends the snapshot of <see cref="BeginReadSnapshotAsync"/>, if one is open (it only read: nothing to keep).</summary>
    public async Task EndReadSnapshotAsync()
    {
        if (_snapshot is not { } snapshot)
        {
            return;
        }

        _snapshot = null;
        await Database.UseTransactionAsync(null);
        await snapshot.DisposeAsync();
        await Database.CloseConnectionAsync();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await EndReadSnapshotAsync();
        // HasChanges scans for changes (when automatic scanning is on); the save itself then need not scan again.
        var changed = ChangeTracker.HasChanges();
        using var write = changed ? await EnterWriteAsync(cancellationToken) : null;
        using var pause = this.PauseChangeScan();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Saves what the turn staged, in one transaction (see the overload; no lease to let go).</summary>
    public Task SaveTurnChangesAsync(CancellationToken cancellationToken) => SaveTurnChangesAsync(null, cancellationToken);

    /// <summary>
    /// Saves what the turn staged, in one transaction, and with it lets go of the conversation's lease when one is given
    /// (<paramref name="lease"/>: its key and holder), so letting go of it needs no write, transaction and connection of
    /// its own. Returns whether the lease was let go. A lease that
    /// ran out meanwhile and was taken by another instance is not touched (the update is conditional on the holder);
    /// the turn's own changes are then saved without it, as they would have been before. A write that lost a race with
    /// another turn (a changed ETag or concurrency token, a duplicate key) becomes a <see cref="StorageConflictException"/>,
    /// on which the turn is retried from the start.
    /// </summary>
    public async Task<bool> SaveTurnChangesAsync((string Key, Guid Holder)? lease, CancellationToken cancellationToken)
    {
        var letGo = lease is var (key, holder) ? LetGo(key, holder) : null;
        try
        {
            try
            {
                await SaveChangesAsync(cancellationToken);
                return letGo is not null;
            }
            catch (DbUpdateConcurrencyException ex) when (letGo is not null && ex.Entries.Count > 0 && ex.Entries.All(e => e.Entity is ConversationLease))
            {
                letGo.State = EntityState.Detached; // not ours any more
                await SaveChangesAsync(cancellationToken);
                return false;
            }
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new StorageConflictException("Another turn changed the same data.", ex);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            throw new StorageConflictException("Another turn created the same data.", ex);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsDeadlockVictim(ex))
        {
            throw new StorageConflictException("SQL Server chose this turn as a deadlock victim.", ex);
        }
    }

    /// <summary>Stages letting go of a lease: an update of its row on condition that this holder still holds it.</summary>
    private EntityEntry<ConversationLease> LetGo(string key, Guid holder)
    {
        var entry = ConversationLeases.Attach(new ConversationLease { Key = key, Holder = holder });
        entry.Entity.Holder = null;
        entry.Entity.HeldUntil = null;
        entry.Property(l => l.Holder).IsModified = true;
        entry.Property(l => l.HeldUntil).IsModified = true;
        return entry;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BuurtBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks, which sort and compare everywhere.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
