using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Cli;

/// <summary>
/// <c>parse [--now 2026-11-23T10:00]</c>: reads messages from standard input, one per line
/// (UTF-8; invalid bytes are replaced, never fatal), and writes one contract JSON object per line to
/// standard output, in order. Only '\n' ends a line (a trailing '\r' is dropped). Logs go to standard error.
/// </summary>
internal static class ParseCommand
{
    private const int ReadSize = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static Task<int> RunAsync(string[] args, TimeProvider time, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error, time, cancellationToken);

    public static async Task<int> RunAsync(string[] args, Stream input, Stream output, TextWriter log, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        if (!TryReadNow(args, time, log, out var now))
        {
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var lines = 0;
        var failures = 0;
        var buffered = new BufferedStream(output, ReadSize);
        await using (buffered.ConfigureAwait(false))
        {
            using var writer = new Utf8JsonWriter(buffered, WriterOptions);
            var pending = new ArrayBufferWriter<byte>(256);
            var chunk = new byte[ReadSize];
            var first = true;
            int read;
            while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                ReadOnlySpan<byte> data = chunk.AsSpan(0, read);
                if (first)
                {
                    data = SkipBom(data);
                    first = false;
                }

                int newline;
                while ((newline = data.IndexOf((byte)'\n')) >= 0)
                {
                    pending.Write(data[..newline]);
                    failures += WriteLine(writer, buffered, pending.WrittenSpan, now, log);
                    lines++;
                    pending.ResetWrittenCount();
                    data = data[(newline + 1)..];
                }

                pending.Write(data);
                if (read < chunk.Length)
                {
                    await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            if (pending.WrittenCount > 0)
            {
                failures += WriteLine(writer, buffered, pending.WrittenSpan, now, log);
                lines++;
            }

            await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"parse: {lines} lines in {stopwatch.ElapsedMilliseconds} ms (now {now:yyyy-MM-ddTHH:mm}){(failures > 0 ? $", {failures} failed" : "")}")).ConfigureAwait(false);
        return 0;
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? data[3..] : data;

    /// <summary>Parses one line and writes its object and a newline; returns 1 when parsing failed (an empty object is written then).</summary>
    private static int WriteLine(Utf8JsonWriter writer, Stream output, ReadOnlySpan<byte> line, DateTime now, TextWriter log)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        ParsedMessage message;
        var failed = 0;
        try
        {
            message = DutchParser.Parse(Utf8.GetString(line), now);
        }
#pragma warning disable CA1031 // One bad line must not stop the others: it is logged and answered with intent none.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.WriteLine($"parse: line failed: {ex}");
            message = DutchParser.Parse(null, now);
            failed = 1;
        }

        writer.Reset(output);
        ParsedMessageJson.Write(writer, message);
        writer.Flush();
        output.WriteByte((byte)'\n');
        return failed;
    }

    private static bool TryReadNow(string[] args, TimeProvider time, TextWriter log, out DateTime now)
    {
        now = default;
        string? value = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--now" && i + 1 < args.Length)
            {
                value = args[++i];
            }
            else if (args[i].StartsWith("--now=", StringComparison.Ordinal))
            {
                value = args[i]["--now=".Length..];
            }
            else
            {
                log.WriteLine($"parse: unknown argument '{args[i]}'. Usage: parse [--now yyyy-MM-ddTHH:mm]");
                return false;
            }
        }

        if (value is null)
        {
            now = AmsterdamNow(time);
            return true;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
        {
            return true;
        }

        log.WriteLine($"parse: --now '{value}' is not a local time like 2026-11-23T10:00");
        return false;
    }

    /// <summary>The current wall-clock time in Europe/Amsterdam, from the injected clock.</summary>
    internal static DateTime AmsterdamNow(TimeProvider time)
    {
        var utc = time.GetUtcNow();
        try
        {
            return TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime;
        }
        catch (TimeZoneNotFoundException)
        {
            return utc.ToOffset(TimeSpan.FromHours(1)).DateTime;
        }
    }
}
