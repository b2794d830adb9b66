using Microsoft.Extensions.Options;

namespace BuurtBot.Outbox;

/// <summary>Runs the dispatcher for as long as the bot runs: at once when signalled, else every poll interval.</summary>
internal sealed partial class OutboxDispatchService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.DispatchOnceAsync(stoppingToken) > 0)
                {
                    continue; // there may be more
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox round failed; trying again at the next poll")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
