using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BuurtBot.Data;

/// <summary>
/// One writer at a time within this process, for SQLite (which allows one writer at a time anyway). Without it, a
/// turn that finds the write lock taken is put to sleep by SQLite's busy handler in steps of 1, 2, 5, 10 ... ms,
/// holding its thread, and the lock often stands idle while the waiters sleep: under load a turn slept about five
/// times (strace). Waiting here is asynchronous and the next writer starts the moment the lock is free. Other processes
/// on the same file (several instances) still meet at SQLite's lock, with its busy handler as before.
/// It rides along in the context's options (one instance per set of options, so per application), found there by
/// <see cref="For"/>; a context on another provider has none and does not wait.
/// </summary>
public sealed class SqliteWriteGate : IInterceptor
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The gate of this context's options, or null (not SQLite, or built without it).</summary>
    public static SqliteWriteGate? For(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SqliteWriteGate>().FirstOrDefault();

    /// <summary>Waits until no other write of this process runs; dispose the result when the write is done.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new Exit(_writer);
    }

    private sealed class Exit(SemaphoreSlim writer) : IDisposable
    {
        private SemaphoreSlim? _writer = writer;

        public void Dispose() => Interlocked.Exchange(ref _writer, null)?.Release();
    }
}
