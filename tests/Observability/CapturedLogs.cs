using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Tests.Observability;

/// <summary>Every log record the bot writes (through its configured filters): message, structured values, scopes, exception.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _records = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Each record flattened to one string: category, message, every structured value, every scope, the exception.</summary>
    public IReadOnlyList<string> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Capturing(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { category, logLevel.ToString(), formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner._records.Enqueue(string.Join(" | ", parts));
        }
    }
}
