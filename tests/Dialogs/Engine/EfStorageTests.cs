using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Storage;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>The bot-state storage on a real SQLite file: ETags decide, a stale write never wins.</summary>
public sealed class EfStorageTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(BotServer.DefaultStart);

    public EfStorageTests()
    {
        using var db = NewContext();
        db.Database.Migrate();
    }

    [Fact]
    public async Task Reading_a_key_that_was_never_written_gives_nothing()
    {
        await using var db = NewContext();
        var items = await new EfStorage(db, new TurnUnitOfWork(db), _time).ReadAsync(["conversation/+31600000001"], CancellationToken.None);
        Assert.Empty(items);
    }

    [Fact]
    public async Task A_write_based_on_the_latest_etag_succeeds_and_changes_the_etag()
    {
        await WriteAsync("k", new StoreItem("""{"n":1}""", ETag: null));
        var first = await ReadAsync("k");

        await WriteAsync("k", first with { Json = """{"n":2}""" });
        var second = await ReadAsync("k");

        Assert.Equal("""{"n":2}""", second.Json);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task A_write_based_on_a_stale_etag_is_refused_and_the_newer_value_stays()
    {
        await WriteAsync("k", new StoreItem("""{"n":1}""", ETag: null));
        var read = await ReadAsync("k");
        await WriteAsync("k", read with { Json = """{"n":2}""" });

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", read with { Json = """{"n":3}""" }));
        Assert.Equal("""{"n":2}""", (await ReadAsync("k")).Json);
    }

    [Fact]
    public async Task Creating_a_key_that_another_turn_created_meanwhile_is_a_conflict()
    {
        await WriteAsync("k", new StoreItem("""{"by":"first"}""", ETag: null));

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", new StoreItem("""{"by":"second"}""", ETag: null)));
        Assert.Equal("""{"by":"first"}""", (await ReadAsync("k")).Json);
    }

    [Fact]
    public async Task Writing_with_the_any_etag_overwrites_whatever_is_there()
    {
        await WriteAsync("k", new StoreItem("""{"n":1}""", ETag: null));
        await WriteAsync("k", new StoreItem("""{"n":9}""", StoreItem.AnyETag));
        await WriteAsync("new", new StoreItem("""{"n":1}""", StoreItem.AnyETag));

        Assert.Equal("""{"n":9}""", (await ReadAsync("k")).Json);
        Assert.Equal("""{"n":1}""", (await ReadAsync("new")).Json);
    }

    [Fact]
    public async Task Several_keys_are_written_all_or_nothing()
    {
        await WriteAsync("a", new StoreItem("""{"v":"a1"}""", ETag: null));
        var staleA = await ReadAsync("a");
        await WriteAsync("a", staleA with { Json = """{"v":"a2"}""" });

        await using (var db = NewContext())
        {
            var both = new Dictionary<string, StoreItem>
            {
                ["b"] = new("""{"v":"b1"}""", ETag: null),
                ["a"] = staleA with { Json = """{"v":"a3"}""" },
            };
            await Assert.ThrowsAsync<StorageConflictException>(() => new EfStorage(db, new TurnUnitOfWork(db), _time).WriteAsync(both, CancellationToken.None));
        }

        await using var check = NewContext();
        Assert.Empty(await new EfStorage(check, new TurnUnitOfWork(check), _time).ReadAsync(["b"], CancellationToken.None));
        Assert.Equal("""{"v":"a2"}""", (await ReadAsync("a")).Json);
    }

    [Fact]
    public async Task Deleted_keys_are_gone()
    {
        await WriteAsync("k", new StoreItem("{}", ETag: null));
        await using (var db = NewContext())
        {
            await new EfStorage(db, new TurnUnitOfWork(db), _time).DeleteAsync(["k"], CancellationToken.None);
        }

        await using var check = NewContext();
        Assert.Empty(await new EfStorage(check, new TurnUnitOfWork(check), _time).ReadAsync(["k"], CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private async Task WriteAsync(string key, StoreItem item)
    {
        await using var db = NewContext();
        await new EfStorage(db, new TurnUnitOfWork(db), _time).WriteAsync(new Dictionary<string, StoreItem> { [key] = item }, CancellationToken.None);
    }

    private async Task<StoreItem> ReadAsync(string key)
    {
        await using var db = NewContext();
        return (await new EfStorage(db, new TurnUnitOfWork(db), _time).ReadAsync([key], CancellationToken.None))[key];
    }

    private BuurtBotDbContext NewContext() =>
        new(new DbContextOptionsBuilder<BuurtBotDbContext>().UseSqlite(_database.ConnectionString).Options);
}
