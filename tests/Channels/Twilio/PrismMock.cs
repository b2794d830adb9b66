using System.Collections.Concurrent;
using System.Diagnostics;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Twilio's OpenAPI description served by Prism (../shared/twilio/run-mock.sh), validating every request
/// and, with --errors, its own responses. Started once per test class on a free loopback port; ready when
/// the script prints its URL (no sleeping); killed by its process id at the end.
/// </summary>
public sealed class PrismMock : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Prism's own log (stderr): handy when a request is refused.</summary>
    public string Log => string.Join('\n', _log.TakeLast(40));

    public async Task InitializeAsync()
    {
        await TwilioPeer.EnsureInstalledAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                BaseUrl = await StartAsync(LoopbackPort.Free());
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // the port was taken between choosing and binding it: try another
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private async Task<Uri> StartAsync(int port)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TwilioPeer.SharedFolder, "run-mock.sh"));
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--errors");
        start.Environment["TWILIO_PEER"] = TwilioPeer.PeerFolder;

        var process = Process.Start(start) ?? throw new InvalidOperationException("run-mock.sh did not start.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _log.Enqueue(e.Data);
            }
        };
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is not null && Uri.TryCreate(line.Trim(), UriKind.Absolute, out var url))
            {
                _process = process;
                return url;
            }
        }
        catch (OperationCanceledException)
        {
            // fall through: report below
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        throw new InvalidOperationException($"Prism did not print its URL on port {port}:\n{Log}");
    }
}
