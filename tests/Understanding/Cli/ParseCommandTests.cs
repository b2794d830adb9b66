using System.Text;
using System.Text.Json;
using BuurtBot.Cli;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Understanding.Cli;

public sealed class ParseCommandTests
{
    private const string Empty = """{"intent":"none","date":null,"time":null,"partOfDay":null,"portions":null,"diet":[],"delivery":null,"item":null,"category":null,"onBehalfOf":null,"postcode":null,"confidence":1}""";

    [Fact]
    public async Task Writes_one_object_per_line_in_order()
    {
        byte[] input = [.. "morgen een maaltijd graag\n"u8, .. "\n"u8, 0xFF, 0xFE, 0xC3, .. " ja\r\n"u8, .. "stop"u8];

        var (code, lines, log) = await RunAsync(input, "--now", "2026-11-23T10:00");

        Assert.Equal(0, code);
        Assert.Equal(4, lines.Length);
        Assert.Equal(
            """{"intent":"meal.request","date":"2026-11-24","time":null,"partOfDay":null,"portions":null,"diet":[],"delivery":null,"item":null,"category":null,"onBehalfOf":null,"postcode":null,"confidence":0.96}""",
            lines[0]);
        Assert.Equal(Empty, lines[1]);
        Assert.Equal("confirm", Intent(lines[2]));
        Assert.Equal("stop", Intent(lines[3]));
        Assert.Contains("4 lines", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_an_empty_input_with_nothing()
    {
        var (code, lines, _) = await RunAsync([], "--now", "2026-11-23T10:00");
        Assert.Equal(0, code);
        Assert.Empty(lines);
    }

    [Fact]
    public async Task Skips_a_byte_order_mark()
    {
        var (_, lines, _) = await RunAsync([0xEF, 0xBB, 0xBF, .. "hallo\n"u8], "--now", "2026-11-23T10:00");
        Assert.Equal("greeting", Intent(Assert.Single(lines)));
    }

    [Fact]
    public async Task Uses_the_amsterdam_clock_without_now()
    {
        // 23:30 UTC on 23 November is 00:30 on the 24th in Amsterdam: "morgen" is the 25th.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));
        var output = new MemoryStream();
        var code = await ParseCommand.RunAsync([], new MemoryStream("morgen een maaltijd\n"u8.ToArray()), output, TextWriter.Null, time);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal("2026-11-25", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Rejects_a_bad_now()
    {
        var (code, lines, log) = await RunAsync("hallo\n"u8.ToArray(), "--now", "gisteren");
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("--now", log, StringComparison.Ordinal);
    }

    private static string? Intent(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("intent").GetString();
    }

    private static async Task<(int Code, string[] Lines, string Log)> RunAsync(byte[] input, params string[] args)
    {
        var output = new MemoryStream();
        var log = new StringWriter();
        var code = await ParseCommand.RunAsync(args, new MemoryStream(input), output, log, new FakeTimeProvider());
        var text = Encoding.UTF8.GetString(output.ToArray());
        var lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
        Assert.True(text.Length == 0 || text.EndsWith('\n'));
        return (code, lines, log.ToString());
    }
}
