using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Twilio's own code as the test oracle: node with the official `twilio` npm package (and Prism), installed
/// once per test run by ../shared/twilio/run-mock.sh --install-only when missing. Fails with a clear
/// message when node is not there: CI runs on a clean machine.
/// </summary>
internal static class TwilioPeer
{
    private static readonly Lazy<Task> Installation = new(InstallAsync);

    public static string SharedFolder => Path.Combine(RepoPaths.Shared, "twilio");

    public static string PeerFolder => Environment.GetEnvironmentVariable("TWILIO_PEER") is { Length: > 0 } peer ? peer : "/tmp/twilio-peer";

    public static string OracleScript => Path.Combine(RepoPaths.Root, "tests", "Channels", "Twilio", "Oracle", "twilio-oracle.js");

    /// <summary>Node is present and the npm packages are installed (once per run; concurrent callers share it).</summary>
    public static Task EnsureInstalledAsync() => Installation.Value;

    /// <summary>Runs a program, feeding <paramref name="stdin"/>; returns stdout, or throws with stderr on failure.</summary>
    public static async Task<string> RunAsync(
        string program, IEnumerable<string> arguments, string? stdin = null, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish in time.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    /// <summary>Runs a node script from ../shared/twilio (sign.js, twiml.js) after making sure the peer is installed.</summary>
    public static async Task<string> RunSharedScriptAsync(string script, IEnumerable<string> arguments, string? stdin = null, IDictionary<string, string>? environment = null)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", new[] { Path.Combine(SharedFolder, script) }.Concat(arguments), stdin, environment: environment);
    }

    private static async Task InstallAsync()
    {
        try
        {
            var version = await RunAsync("node", ["--version"], timeout: TimeSpan.FromSeconds(20));
            if (!int.TryParse(version.Trim().TrimStart('v').Split('.')[0], out var major) || major < 18)
            {
                throw new InvalidOperationException($"The Twilio oracle tests need Node.js 20; found {version.Trim()}.");
            }
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                "The Twilio oracle tests need Node.js 20 and npm on the PATH (node was not found). Install Node.js, "
                + "then run ../shared/twilio/run-mock.sh --install-only (or let these tests do it).", ex);
        }

        if (!File.Exists(Path.Combine(PeerFolder, "node_modules", ".bin", "prism"))
            || !Directory.Exists(Path.Combine(PeerFolder, "node_modules", "twilio")))
        {
            await RunAsync("bash", [Path.Combine(SharedFolder, "run-mock.sh"), "--install-only"], timeout: TimeSpan.FromMinutes(5));
        }
    }
}
