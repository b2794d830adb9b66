using System.Buffers.Binary;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Storage;

/// <summary>
/// Conversation leases for SQLite: a lock on one byte of a file beside the database (<c>buurtbot.db-leases</c>), at an
/// offset derived from the conversation, instead of a row in the database. Every instance on an SQLite file runs on
/// the same machine (SQLite's own locking requires it), so the operating system's byte-range locks (POSIX
/// <c>fcntl</c>, which SQLite uses itself) reach all of them. Taking and letting go are two system calls (about
/// 10 µs) where the lease row cost a write transaction per turn, and the kernel lets go of a process's locks the moment
/// it dies: after a crash or a SIGKILL nobody waits for a lease to expire.
/// <para>
/// POSIX locks belong to the process, not to the file handle: within one process the lock is always granted again,
/// and closing any handle of the file would drop them all. So one process keeps one handle (this singleton), the
/// in-process <see cref="ConversationLocks"/> keep a conversation's turns apart within it, and an offset two
/// conversations happen to share is counted here and let go when the last of them is done. A conversation still held
/// after <see cref="DatabaseOptions.ConversationLease"/> (an instance that hangs while alive) is taken over, as an
/// expired lease row is; the ETag on the state row stays the backstop against a stale write.
/// </para>
/// </summary>
[UnsupportedOSPlatform("macos")] // FileStream.Lock is not supported there; the bot then uses the lease rows
internal sealed partial class FileConversationLeases : IConversationLeases, IDisposable
{
    // The highest offset is kept well inside a signed 64-bit file offset.
    private const ulong OffsetMask = (1UL << 62) - 1;

    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private readonly IOptions<DatabaseOptions> _options;
    private readonly ILogger<FileConversationLeases> _logger;
    private readonly Dictionary<long, int> _held = [];
    private readonly Lock _heldLock = new();

    public FileConversationLeases(string path, TimeProvider time, IOptions<DatabaseOptions> options, ILogger<FileConversationLeases> logger)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!); // as for the database beside it
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file of an SQLite database file: beside it, named like SQLite's own (<c>-wal</c>, <c>-shm</c>).</summary>
    public static string PathFor(string databaseFile) => System.IO.Path.GetFullPath(databaseFile) + "-leases";

    /// <summary>Where in the lock file a conversation is held: the same in every process (a hash of its id).</summary>
    public static long OffsetOf(string conversationId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversationId), hash);
        return (long)(BinaryPrimitives.ReadUInt64LittleEndian(hash) & OffsetMask);
    }

    public Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        var offset = OffsetOf(conversationId);
        var since = _time.GetUtcNow();
        return LeaseWaiting.UntilTakenAsync(
            conversationId, _ => Task.FromResult(TryTake(offset) ?? TakeOverWhenExpired(conversationId, since)), _logger, cancellationToken);
    }

    public Task<IAsyncDisposable?> TryAcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(TryTake(OffsetOf(conversationId)));

    /// <summary>One try at the byte at <paramref name="offset"/>: a lease, or null while another process holds it.</summary>
    internal IAsyncDisposable? TryTake(long offset)
    {
        lock (_heldLock)
        {
            if (_held.TryGetValue(offset, out var holders))
            {
                _held[offset] = holders + 1; // this process holds it already, for another conversation
                return new Lease(this, offset);
            }

            try
            {
                _file.Lock(offset, 1);
            }
            catch (IOException ex) when (IsHeldElsewhere(ex))
            {
                return null;
            }

            _held[offset] = 1;
            return new Lease(this, offset);
        }
    }

    public void Dispose() => _file.Dispose();

    private IAsyncDisposable? TakeOverWhenExpired(string conversationId, DateTimeOffset since)
    {
        if (_time.GetUtcNow() - since <= _options.Value.ConversationLease)
        {
            return null;
        }

        LogTakenOver(_logger, Redact.Phone(conversationId), _options.Value.ConversationLease.TotalSeconds);
        return new Lease(this, Offset: null);
    }

    private void LetGo(long offset)
    {
        lock (_heldLock)
        {
            if (!_held.TryGetValue(offset, out var holders))
            {
                return;
            }

            if (holders > 1)
            {
                _held[offset] = holders - 1;
                return;
            }

            _held.Remove(offset);
            try
            {
                _file.Unlock(offset, 1);
            }
            catch (IOException ex)
            {
                // Only if the file handle broke; the lock then went with it.
                LogLetGoFailed(_logger, ex);
            }
        }
    }

    /// <summary>
    /// The lock is taken by another process: EAGAIN or EACCES from <c>fcntl</c> (the error number is the HResult on
    /// Unix), ERROR_LOCK_VIOLATION on Windows. Anything else (no locks on this file system, a broken handle) is an
    /// error, not a wait.
    /// </summary>
    private static bool IsHeldElsewhere(IOException ex) => ex.HResult is 11 or 13 or unchecked((int)0x80070021);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {Conversation} was held by another instance for more than {Seconds:0} s; taking it over")]
    private static partial void LogTakenOver(ILogger logger, string conversation, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not let go of a conversation's lock")]
    private static partial void LogLetGoFailed(ILogger logger, Exception exception);

    /// <summary>A conversation held by one turn; without an offset, one taken over from a holder that did not let go.</summary>
    private sealed class Lease(FileConversationLeases owner, long? Offset) : IAsyncDisposable
    {
        private int _letGo;

        public ValueTask DisposeAsync()
        {
            if (Offset is { } offset && Interlocked.Exchange(ref _letGo, 1) == 0)
            {
                owner.LetGo(offset);
            }

            return ValueTask.CompletedTask;
        }
    }
}
