using System.Reflection;

namespace BuurtBot.Hosting;

/// <summary>
/// The environment when none is given: Development for Debug builds (what <c>dotnet run</c> builds), else the
/// framework's default (Production). ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or --environment always win.
/// </summary>
public static class BuurtBotEnvironment
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        EnvironmentName = IsGiven(args) ? null : BuildDefault(),
    };

    private static bool IsGiven(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
        || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));

    private static string? BuildDefault() =>
        typeof(BuurtBotEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BuurtBot.DefaultEnvironment")?.Value;
}
