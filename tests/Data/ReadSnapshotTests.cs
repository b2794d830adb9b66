using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Storage;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Data;

/// <summary>
/// A turn's reads on SQLite see one state of the database (one read transaction, so the connection keeps the pages it
/// loaded), while other turns keep writing; the turn's own save ends the snapshot, and so does a turn that fails.
/// </summary>
public sealed class ReadSnapshotTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Within_a_snapshot_another_turns_save_is_not_seen_and_after_the_save_it_is()
    {
        var options = await WalDatabaseAsync();
        await using var turn = new BuurtBotDbContext(options);
        await using var other = new BuurtBotDbContext(options);

        await turn.BeginReadSnapshotAsync(CancellationToken.None);
        Assert.Equal(0, await turn.StateEntries.CountAsync());

        other.StateEntries.Add(Entry("conversation/+31611111111"));
        Assert.Equal(1, await other.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10))); // a reader does not hold up a writer
        Assert.Equal(0, await turn.StateEntries.CountAsync());

        turn.StateEntries.Add(Entry("conversation/+31622222222"));
        await turn.SaveTurnChangesAsync(CancellationToken.None);
        Assert.Equal(2, await turn.StateEntries.CountAsync());
    }

    [Fact]
    public async Task A_turn_that_read_what_another_turn_then_changed_loses_at_its_save()
    {
        var options = await WalDatabaseAsync();
        await using (var setup = new BuurtBotDbContext(options))
        {
            setup.StateEntries.Add(Entry("conversation/+31611111111"));
            await setup.SaveChangesAsync();
        }

        await using var turn = new BuurtBotDbContext(options);
        await using var other = new BuurtBotDbContext(options);
        await turn.BeginReadSnapshotAsync(CancellationToken.None);
        var mine = await turn.StateEntries.SingleAsync();

        var theirs = await other.StateEntries.SingleAsync();
        theirs.Json = "{\"by\":\"other\"}";
        theirs.ETag = "2";
        await other.SaveChangesAsync();

        mine.Json = "{\"by\":\"turn\"}";
        mine.ETag = "3";
        await Assert.ThrowsAsync<StorageConflictException>(() => turn.SaveTurnChangesAsync(CancellationToken.None));
        await using var reader = new BuurtBotDbContext(options);
        Assert.Equal("{\"by\":\"other\"}", (await reader.StateEntries.SingleAsync()).Json);
    }

    [Fact]
    public async Task A_turn_that_fails_before_its_save_ends_its_snapshot_when_its_work_is_disposed()
    {
        var options = await WalDatabaseAsync();
        await using var context = new BuurtBotDbContext(options);
        await using var other = new BuurtBotDbContext(options);

        var work = new TurnUnitOfWork(context);
        await work.BeginAsync(CancellationToken.None);
        Assert.Equal(0, await context.StateEntries.CountAsync());
        Assert.NotNull(context.Database.CurrentTransaction);
        await work.DisposeAsync();

        Assert.Null(context.Database.CurrentTransaction);
        other.StateEntries.Add(Entry("conversation/+31611111111"));
        await other.SaveChangesAsync();
        Assert.Equal(1, await context.StateEntries.CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private static StateEntry Entry(string key) => new() { Key = key, Json = "{}", ETag = "1", UpdatedAt = DateTimeOffset.UnixEpoch };

    /// <summary>Migrated and in write-ahead-log mode, as the bot's migrator leaves an SQLite file.</summary>
    private async Task<DbContextOptions<BuurtBotDbContext>> WalDatabaseAsync()
    {
        var builder = new DbContextOptionsBuilder<BuurtBotDbContext>();
        builder.UseBuurtBotSqlite(_database.ConnectionString);
        await using var context = new BuurtBotDbContext(builder.Options);
        await context.Database.MigrateAsync();
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return builder.Options;
    }
}
