using BuurtBot.Data;
using BuurtBot.Storage;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Data;

/// <summary>
/// Within one process, writes to the SQLite file take turns on an async gate (instead of sleeping in SQLite's busy
/// handler): a save waits while another write of the same options holds the gate, and goes ahead the moment it is let go.
/// </summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_save_waits_while_another_write_holds_the_gate_and_then_lands()
    {
        var options = BotOptions();
        await using var first = await MigratedAsync(options);
        await using var second = new BuurtBotDbContext(options);

        var held = await first.EnterWriteAsync(CancellationToken.None);
        Assert.NotNull(held);
        second.StateEntries.Add(new StateEntry { Key = "conversation/+31611111111", Json = "{}", ETag = "1", UpdatedAt = DateTimeOffset.UnixEpoch });
        var saving = second.SaveChangesAsync();
        await Task.Delay(300);
        Assert.False(saving.IsCompleted);

        held!.Dispose();
        Assert.Equal(1, await saving.WaitAsync(TimeSpan.FromSeconds(10)));
        await using var reader = new BuurtBotDbContext(options);
        Assert.Equal("{}", (await reader.StateEntries.SingleAsync()).Json);
    }

    [Fact]
    public async Task A_save_with_nothing_to_write_does_not_wait()
    {
        var options = BotOptions();
        await using var first = await MigratedAsync(options);
        await using var second = new BuurtBotDbContext(options);

        using var held = await first.EnterWriteAsync(CancellationToken.None);
        Assert.Equal(0, await second.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Contexts_without_the_bots_sqlite_settings_have_no_gate()
    {
        var builder = new DbContextOptionsBuilder<BuurtBotDbContext>();
        builder.UseSqlite(_database.ConnectionString);
        await using var context = new BuurtBotDbContext(builder.Options);
        Assert.Null(await context.EnterWriteAsync(CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private static async Task<BuurtBotDbContext> MigratedAsync(DbContextOptions<BuurtBotDbContext> options)
    {
        var context = new BuurtBotDbContext(options);
        await context.Database.MigrateAsync();
        return context;
    }

    /// <summary>One set of options, as the bot's pooled contexts share: the gate comes with them.</summary>
    private DbContextOptions<BuurtBotDbContext> BotOptions()
    {
        var builder = new DbContextOptionsBuilder<BuurtBotDbContext>();
        builder.UseBuurtBotSqlite(_database.ConnectionString);
        return builder.Options;
    }
}
