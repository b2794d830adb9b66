using System.Diagnostics;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Health;

/// <summary>
/// Trains the intent model in the background as the host starts, so the first message does not wait for it (about
/// 1 s) and /health/ready says ready only once it is there (<see cref="UnderstandingHealthCheck"/>).
/// </summary>
internal sealed partial class UnderstandingWarmUp(ILogger<UnderstandingWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        await Task.Run(() => LearnedIntents.Model, stoppingToken);
        LogTrained(logger, clock.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent model trained in {Milliseconds:0} ms")]
    private static partial void LogTrained(ILogger logger, double milliseconds);
}
