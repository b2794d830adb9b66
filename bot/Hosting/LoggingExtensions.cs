using Microsoft.Extensions.Logging.Console;

namespace BuurtBot.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// One JSON object per log line on the console (UTC timestamps, scopes included). Commands that talk on
    /// standard output (chat, parse) send every log line to standard error instead.
    /// </summary>
    public static WebApplicationBuilder AddBuurtBotLogging(this WebApplicationBuilder builder, bool logToStandardError = false)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        if (logToStandardError)
        {
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return builder;
    }
}
