using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>
/// The built bot (same configuration as these tests) running as its own process on a loopback port, with the
/// settings given as environment variables, as an operator would start it. Killed on dispose. The bot picks its
/// own free port (port 0) and the test reads it from the bot's "Now listening on" log line: a port reserved by the
/// test and bound seconds later by the process could meanwhile be taken by another test's server.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _errors = [];
    private readonly List<string> _warnings = [];

    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process)
    {
        _process = process;
    }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The warnings and errors the bot logged so far (JSON lines).</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_warnings)
            {
                return [.. _warnings];
            }
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [BotDll(), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // the address it listens on
        var bot = new BotProcess(Process.Start(start)!);
        bot._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } listening && listening.Contains("Now listening on", StringComparison.Ordinal))
            {
                var address = JsonDocument.Parse(listening).RootElement.GetProperty("State").GetProperty("address").GetString()!;
                bot._address.TrySetResult(new Uri(address));
            }

            // Logs are JSON lines; warnings and errors are kept for the test's output.
            if (e.Data is { } line && (line.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal)
                || line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal)))
            {
                lock (bot._warnings)
                {
                    bot._warnings.Add(line);
                }
            }
        };
        bot._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (bot._errors) { bot._errors.Add(e.Data); } } };
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    public async Task WaitUntilHealthyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (!_address.Task.IsCompleted && waited.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited)
        {
            await Task.Delay(100);
        }

        if (_address.Task.IsCompleted)
        {
            Http.BaseAddress = await _address.Task;
        }

        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                lock (_errors)
                {
                    Assert.Fail("the bot exited: " + string.Join('\n', _errors));
                }
            }

            try
            {
                if (Http.BaseAddress is not null && (await Http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        Assert.Fail("the bot did not become healthy within a minute");
    }

    /// <summary>One message through the simulator API; the texts the bot answered.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string from, string text)
    {
        var response = await Http.PostAsJsonAsync("/api/simulator/messages", new { from, channel = "sms", text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Reply>();
        return body!.Replies.Select(r => r.Text).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    /// <summary>The bot as built next to these tests (same configuration), run with `dotnet BuurtBot.dll`.</summary>
    public static string BotDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var dll = Path.Combine(RepoPaths.Bot, "bin", configuration, "net10.0", "BuurtBot.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");
        return dll;
    }

    private sealed record Reply(IReadOnlyList<ReplyText> Replies);

    private sealed record ReplyText(string Text);
}
