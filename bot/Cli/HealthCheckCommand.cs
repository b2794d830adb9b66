namespace BuurtBot.Cli;

/// <summary>
/// <c>healthcheck [url]</c>: exits 0 when the bot's liveness endpoint answers 200, else 1. For a container's
/// HEALTHCHECK, where the runtime image has no curl; the default URL is the container's own port 8080.
/// </summary>
public static class HealthCheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health";

    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        var url = args.Length > 0 ? args[0] : DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            await error.WriteLineAsync($"healthcheck: '{url}' is not an http(s) URL");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(uri);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"healthcheck: {uri} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"healthcheck: {uri} did not answer ({ex.GetType().Name})");
            return 1;
        }
    }
}
