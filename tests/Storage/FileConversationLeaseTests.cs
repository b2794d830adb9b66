using System.Diagnostics;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Storage;
using BuurtBot.Tests.Dialogs.Engine;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>
/// On an SQLite file the bot holds a conversation by locking one byte of a file beside the database. The other
/// instance here is another process: a few lines of Python taking the same byte with <c>fcntl</c>, as a second bot
/// would (POSIX locks belong to a process, so a second host inside this test process would not do).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("macos")] // as the bot, which uses lease rows there
public sealed class FileConversationLeaseTests : IDisposable
{
    private const string Ria = "+31611111111";
    private const string Bert = "+31622222222";
    private readonly TempDatabase _database = new();

    private string LockFile => FileConversationLeases.PathFor(_database.Path);

    [Fact]
    public async Task A_turn_waits_while_another_process_holds_the_conversation_and_runs_as_soon_as_it_lets_go()
    {
        await using var bot = Counter();
        await using var other = await LockingProcess.HoldAsync(LockFile, FileConversationLeases.OffsetOf(Ria));

        var waiting = await TurnThatWaitsAsync(bot, Ria);
        Assert.Equal(["1"], await bot.SayAsync(Bert, "tel").WaitAsync(TimeSpan.FromSeconds(5))); // others go on

        await other.LetGoAsync();
        Assert.Equal(["1"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_conversation_held_by_a_process_that_was_killed_is_taken_over_at_once()
    {
        await using var bot = Counter();
        await using var crashed = await LockingProcess.HoldAsync(LockFile, FileConversationLeases.OffsetOf(Ria));

        var waiting = await TurnThatWaitsAsync(bot, Ria);

        crashed.Kill(); // SIGKILL: no time passes on the bot's clock, the kernel lets go of the lock
        Assert.Equal(["1"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_conversation_another_process_holds_for_longer_than_the_lease_is_taken_over()
    {
        await using var bot = Counter();
        await using var hanging = await LockingProcess.HoldAsync(LockFile, FileConversationLeases.OffsetOf(Ria));

        var waiting = await TurnThatWaitsAsync(bot, Ria);

        bot.Time.Advance(TimeSpan.FromSeconds(31)); // Database:ConversationLease is 30 s
        Assert.Equal(["1"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task While_the_bot_runs_a_turn_no_other_process_can_take_the_conversation_and_afterwards_it_can()
    {
        var inTurn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = new EngineHost(_database.ConnectionString, _ => new GatedBot(inTurn, finish.Task), leases: FileLeases);

        var turn = bot.SayAsync(Ria, "tel");
        await inTurn.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(await LockingProcess.CanTakeAsync(LockFile, FileConversationLeases.OffsetOf(Ria)));
        Assert.True(await LockingProcess.CanTakeAsync(LockFile, FileConversationLeases.OffsetOf(Bert)));

        finish.SetResult();
        Assert.Equal(["klaar"], await turn.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(await LockingProcess.CanTakeAsync(LockFile, FileConversationLeases.OffsetOf(Ria)));
    }

    [Fact]
    public async Task A_place_in_the_file_two_conversations_share_stays_locked_until_both_are_done()
    {
        await using var bot = Counter();
        var leases = (FileConversationLeases)bot.Services.GetRequiredService<IConversationLeases>();
        const long Shared = 4242;

        var first = leases.TryTake(Shared);
        var second = leases.TryTake(Shared); // another conversation with the same place: this process holds it already
        Assert.NotNull(first);
        Assert.NotNull(second);

        await first.DisposeAsync();
        Assert.False(await LockingProcess.CanTakeAsync(LockFile, Shared), "let go while the other conversation's turn still runs");
        await first.DisposeAsync(); // letting go twice counts once
        Assert.False(await LockingProcess.CanTakeAsync(LockFile, Shared));

        await second.DisposeAsync();
        Assert.True(await LockingProcess.CanTakeAsync(LockFile, Shared));
    }

    [Fact]
    public void The_place_of_a_conversation_is_the_same_in_every_process_and_version_and_differs_between_conversations()
    {
        // Instances must agree, also two versions side by side during a rolling update: SHA-256 of the phone number,
        // its first 8 bytes little-endian, 62 bits (computed apart from the bot with Python's hashlib), never
        // string.GetHashCode, which differs per process.
        Assert.Equal(516352999607426371, FileConversationLeases.OffsetOf(Ria));
        Assert.NotEqual(FileConversationLeases.OffsetOf(Ria), FileConversationLeases.OffsetOf(Bert));
        Assert.InRange(FileConversationLeases.OffsetOf(Ria), 0, (1L << 62) - 1);
        Assert.Equal(LockFile, _database.Path + "-leases");
    }

    public void Dispose() => _database.Dispose();

    private IConversationLeases FileLeases(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<FileConversationLeases>(services, LockFile);

    /// <summary>A turn of <paramref name="phone"/>, checked to be still waiting a moment later.</summary>
    private static async Task<Task<IReadOnlyList<string>>> TurnThatWaitsAsync(EngineHost bot, string phone)
    {
        var waiting = bot.SayAsync(phone, "tel");
        await Task.Delay(400);
        Assert.False(waiting.IsCompleted, "the turn ran while another process held the conversation");
        return waiting;
    }

    private EngineHost Counter() =>
        new(_database.ConnectionString, sp => new CounterBot(sp.GetRequiredService<ConversationState>()), leases: FileLeases);

    /// <summary>Tells when its turn has started, then waits to be let finish.</summary>
    private sealed class GatedBot(TaskCompletionSource inTurn, Task finish) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            inTurn.TrySetResult();
            await finish.WaitAsync(cancellationToken);
            await turnContext.SendActivityAsync("klaar", cancellationToken);
        }
    }

    /// <summary>Another process that takes one byte of the lock file with fcntl (Python's <c>lockf</c>), as an instance would.</summary>
    private sealed class LockingProcess : IAsyncDisposable
    {
        private const string Script = """
            import fcntl, sys
            path, offset, hold = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "hold"
            f = open(path, "a+")
            try:
                fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset)
            except OSError:
                print("busy", flush=True)
                sys.exit(0)
            print("held", flush=True)
            if hold:
                sys.stdin.readline()
            """;

        private readonly Process _process;

        private LockingProcess(Process process) => _process = process;

        /// <summary>Takes the byte and keeps it until let go or killed.</summary>
        public static async Task<LockingProcess> HoldAsync(string path, long offset)
        {
            var process = Start(path, offset, "hold");
            var answer = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal("held", answer);
            return new LockingProcess(process);
        }

        /// <summary>Whether another process could take the byte now (it lets go again at once).</summary>
        public static async Task<bool> CanTakeAsync(string path, long offset)
        {
            using var process = Start(path, offset, "try");
            var answer = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            return answer switch
            {
                "held" => true,
                "busy" => false,
                _ => throw new InvalidOperationException($"the locking process answered '{answer}'"),
            };
        }

        public async Task LetGoAsync()
        {
            await _process.StandardInput.WriteLineAsync();
            await _process.StandardInput.FlushAsync();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        public void Kill() => _process.Kill();

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private static Process Start(string path, long offset, string mode)
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-c", Script, path, offset.ToString(System.Globalization.CultureInfo.InvariantCulture), mode })
            {
                start.ArgumentList.Add(argument);
            }

            return Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        }
    }
}
