using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BuurtBot.Data;

/// <summary>
/// Per-connection SQLite settings, applied whenever a connection opens:
/// <list type="bullet">
/// <item>busy_timeout: SQLite itself waits (in millisecond steps) for another writer to finish, instead of failing
/// at once and leaving the retry to the driver, which sleeps far longer between attempts.</item>
/// <item>synchronous=NORMAL: with write-ahead logging a commit no longer waits for fsync (about 4 ms here, and the
/// one writer holds the lock meanwhile). A commit is still safe when the process crashes or is killed; only a
/// power cut or an operating-system crash can roll back the last commits, never corrupt the file (SQLite's
/// documented WAL guarantee). Measured: a commit took 4.2 ms with FULL and 0.03 ms with NORMAL (bench/RESULTS.md).</item>
/// <item>cache_size=32 MB and no memory mapping: each connection keeps up to 32 MB of pages in its own cache
/// instead of SQLite's 2 MB. Matching in a town of 100,000 members reads about a thousand rows spread over the file;
/// with 2 MB most of them were read from the file again for every search (p50 8.8-9.1 ms). With 32 MB they stay
/// cached (p50 4.5-5.3 ms), as with memory mapping (mmap_size=256 MB, p50 5.1-5.2 ms), which this replaces: in WAL mode
/// a connection drops its whole mapping when it starts reading after another connection's commit, so under write
/// load every turn paid for unmapping and page faults (6.2-6.8 ms CPU per turn at 64 connections against 5.0-5.4
/// without; bench/RESULTS.md). The cache, too, is emptied after another connection's commit; that costs reads
/// from the operating system's file cache, not faults. At most 32 MB per pooled connection.</item>
/// <item>wal_autocheckpoint=16000 pages (64 MB of log) instead of SQLite's 1,000: the log is copied back into the
/// database (a checkpoint, with an fsync, by the writer that crossed the mark while it holds the write lock) about
/// every eight seconds under load instead of several times a second, and a page written by many turns in between
/// (a busy index, the outbox) is copied once. Measured with <c>soak.sh 165 64</c> after the JIT settled, alternately:
/// 3.59, 3.58 and 3.63 ms CPU per turn against 3.82, 3.83 and 4.04, 437-439 turns/s against 371-407. The log file then
/// grows to about 65 MB (5 MB before) and is reused from its start after each checkpoint.</item>
/// </list>
/// </summary>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // Microsoft.Data.Sqlite pools the native connection: the settings stay with it, so they are set once per native
        // connection, not on every open (a turn opens several times).
        if (connection is SqliteConnection { Handle: { } handle } sqlite && _configured.TryAdd(handle, Configured))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 0; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 16000;";
            command.ExecuteNonQuery();
        }
    }
}
