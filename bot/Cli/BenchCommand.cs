using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Cli;

/// <summary>
/// <c>bench [--corpus path] [--seconds N]</c>: parses the corpus messages over and over on one
/// thread after a warm-up, and prints messages per second, p50/p99/max latency per message and
/// bytes allocated per message.
/// </summary>
internal static class BenchCommand
{
    private const string DefaultCorpus = "tests/Understanding/Corpus/corpus.jsonl";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        var corpus = Option(args, "--corpus") ?? FindUpwards(DefaultCorpus);
        var seconds = double.TryParse(Option(args, "--seconds"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 5;
        if (corpus is null || !File.Exists(corpus))
        {
            await log.WriteLineAsync($"bench: corpus not found ({corpus ?? DefaultCorpus}); pass --corpus path").ConfigureAwait(false);
            return 2;
        }

        var messages = await LoadAsync(corpus).ConfigureAwait(false);
        if (messages.Count == 0)
        {
            await log.WriteLineAsync("bench: the corpus has no messages").ConfigureAwait(false);
            return 2;
        }

        Run(messages, TimeSpan.FromSeconds(Math.Min(2, seconds / 2)), record: null);
        var capacity = (int)Math.Min(50_000_000, Math.Max(1_000_000, seconds * 400_000));
        var latencies = new long[capacity];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        var count = Run(messages, TimeSpan.FromSeconds(seconds), latencies);
        wall.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Array.Sort(latencies, 0, count);
        double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
        var inv = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(inv, $"corpus        {corpus} ({messages.Count} messages)")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"messages      {count} in {wall.Elapsed.TotalSeconds:F2} s on one thread")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"throughput    {count / wall.Elapsed.TotalSeconds:F0} messages/s")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"latency p50   {Micro(latencies[count / 2]):F1} µs")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"latency p99   {Micro(latencies[(int)(count * 0.99)]):F1} µs")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"latency max   {Micro(latencies[count - 1]):F1} µs")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(inv, $"allocated     {allocated / (double)count:F0} bytes/message")).ConfigureAwait(false);
        return 0;
    }

    private static int Run(List<(string Text, DateTime Now)> messages, TimeSpan duration, long[]? record)
    {
        var count = 0;
        var limit = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sink = 0;
        while (Stopwatch.GetTimestamp() < limit && (record is null || count + messages.Count <= record.Length))
        {
            foreach (var (text, now) in messages)
            {
                var start = Stopwatch.GetTimestamp();
                var parsed = DutchParser.Parse(text, now);
                var elapsed = Stopwatch.GetTimestamp() - start;
                sink += (int)parsed.Intent;
                if (record is not null)
                {
                    record[count] = elapsed;
                }

                count++;
            }
        }

        GC.KeepAlive(sink);
        return count;
    }

    private static async Task<List<(string Text, DateTime Now)>> LoadAsync(string path)
    {
        var messages = new List<(string, DateTime)>();
        foreach (var line in await File.ReadAllLinesAsync(path).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            var now = root.TryGetProperty("now", out var n) && DateTime.TryParse(n.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);
            messages.Add((text, now));
        }

        return messages;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
