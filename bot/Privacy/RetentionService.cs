using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

/// <summary>Runs the <see cref="MessagePurger"/> at start and then every purge interval, for as long as the bot runs.</summary>
internal sealed partial class RetentionService(MessagePurger purger, IOptions<RetentionOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await purger.PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.PurgeInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A retention purge failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
