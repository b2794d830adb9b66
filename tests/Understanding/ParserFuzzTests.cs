using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BuurtBot.Cli;
using BuurtBot.Dialogs.Understanding;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Understanding;

/// <summary>Random and hostile input always gives a valid object, never an exception, in bounded time.</summary>
public sealed class ParserFuzzTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] Pieces =
    [
        "morgen", "maaltijd", "maaltyd", "lenen", "ladder", "boodschapen", "ziekenhuiss", "om", "zes", "uur", "half", "zeven", "kwart",
        "over", "voor", "niet", "geen", "vlees", "ja", "nee", "hoor", "stop", "help", "?", "!", ",", ".", ":", "-", "/", "'s", "avonds",
        "12", "3", "18.30", "18:30", "1234", "ab", "1234AB", "€", "3,50", "p.p.", "mijn", "moeder", "(87)", "iemand", "heeft", "te", "leen",
        "twee", "tweeën", "een", "één", "stuk", "of", "vier", "dinsdag", "volgende", "week", "de", "12e", "kerstavond", "👍", "👎", "🙏",
        "😀", "👍🏽", "\u200d", "\ufe0f", "\0", "\u0007", "\t", "\r", "\n", "\u2028", "مرحبا", "你好", "Привет", "\ud800", "\udc00", "ß", "Æ",
        "ÉÉN", "z'n", "m'n", "mee-eten", "zondagmiddag", "savonds", "s'avonds", "'", "''", "--", "//", "0", "00", "999999999999", "x",
    ];

    private static readonly Gen<string> Messages = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 300].Select(chars => new string(chars)),
        Gen.OneOf(Pieces).Array[0, 40].Select(words => string.Join(' ', words)),
        Gen.OneOf(Pieces).Array[0, 40].Select(words => string.Concat(words)));

    [Fact]
    public void Random_messages_always_give_a_valid_object_in_bounded_time()
    {
        foreach (var warmUp in Messages.Array[200].Single())
        {
            DutchParser.Parse(warmUp, Now);
        }

        Messages.Sample(text =>
        {
            AssertValid(DutchParser.Parse(text, Now));
            var elapsed = FastestOfThree(text);
            Assert.True(elapsed < TimeSpan.FromMilliseconds(50), $"{elapsed.TotalMilliseconds} ms");
        }, iter: 3000, threads: 1);
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "100k letters", new string('a', 100_000) },
        { "100k words", string.Concat(Enumerable.Repeat("maaltijd morgen ", 6_250)) },
        { "100k digits", new string('7', 100_000) },
        { "100k question marks", new string('?', 100_000) },
        { "100k spaces then a request", new string(' ', 100_000) + "maaltijd" },
        { "control characters", string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + "ja" },
        { "ten thousand emoji", string.Concat(Enumerable.Repeat("😀👍", 5_000)) },
        { "lone surrogates", "\ud800ja\udc00 \ud83d maaltijd \ude00" },
        { "arabic", string.Concat(Enumerable.Repeat("أريد وجبة غدا ", 2_000)) },
        { "chinese", string.Concat(Enumerable.Repeat("明天我想吃饭", 5_000)) },
        { "cyrillic", string.Concat(Enumerable.Repeat("Привет мир ", 5_000)) },
        { "combining marks", string.Concat(Enumerable.Repeat("e\u0301\u0308\u0323", 10_000)) },
        { "long hyphen chain", string.Join('-', Enumerable.Repeat("mee", 20_000)) },
        { "long apostrophes", string.Concat(Enumerable.Repeat("'s", 30_000)) },
        { "numbers and dashes", string.Join('-', Enumerable.Range(0, 20_000).Select(i => (i % 40).ToString(System.Globalization.CultureInfo.InvariantCulture))) },
        { "unknown long words", string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "qzxv" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "boormachinen")) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_messages_give_a_valid_object_quickly(string name, string text)
    {
        AssertValid(DutchParser.Parse(text, Now));
        var elapsed = FastestOfThree(text);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(50), $"{name}: {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Random_bytes_through_the_parse_command_give_one_object_per_line()
    {
        await Gen.Byte.Array[0, 2_000].SampleAsync(async bytes =>
        {
            var output = new MemoryStream();
            var code = await ParseCommand.RunAsync(["--now", "2026-11-23T10:00"], new MemoryStream(bytes), output, TextWriter.Null, new FakeTimeProvider());
            Assert.Equal(0, code);
            var expectedLines = ExpectedLines(bytes);
            var text = Encoding.UTF8.GetString(output.ToArray());
            var lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
            Assert.Equal(expectedLines, lines.Length);
            foreach (var line in lines)
            {
                using var json = JsonDocument.Parse(line);
                Assert.Equal(12, json.RootElement.EnumerateObject().Count());
            }
        }, iter: 300);
    }

    [Fact]
    public void Parsing_is_thread_safe()
    {
        string[] texts =
        [
            "Ik zou morgen graag een warme maaltijd willen", "Heeft iemand een boormachine te leen?", "wie kan mij naar het ziekenhuis rijden",
            "kook vrijdag nasi, heb 3 porties over, €3,50 p.p., af te halen", "ja hoor", "mijn vader (87) kan niet meer koken, postcode 3512 jk",
        ];
        var expected = texts.Select(t => DutchParser.Parse(t, Now)).ToArray();
        Parallel.For(0, 4_000, i =>
        {
            var k = i % texts.Length;
            var parsed = DutchParser.Parse(texts[k], Now);
            Assert.Equal(expected[k] with { Diets = [] }, parsed with { Diets = [] });
            Assert.Equal(expected[k].Diets, parsed.Diets);
        });
    }

    /// <summary>
    /// The parser's own time for a message: the fastest of three runs, so that a garbage collection or
    /// another test's thread taking the core does not count as the parser being slow.
    /// </summary>
    private static TimeSpan FastestOfThree(string text)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var started = Stopwatch.GetTimestamp();
            DutchParser.Parse(text, Now);
            var elapsed = Stopwatch.GetElapsedTime(started);
            fastest = elapsed < fastest ? elapsed : fastest;
        }

        return fastest;
    }

    private static int ExpectedLines(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var data = bytes.AsSpan(start);
        var newlines = data.Count((byte)'\n');
        return newlines + (data.Length > 0 && data[^1] != (byte)'\n' ? 1 : 0);
    }

    private static void AssertValid(ParsedMessage parsed)
    {
        Assert.True(Enum.IsDefined(parsed.Intent));
        Assert.InRange(parsed.Confidence, 0, 1);
        Assert.NotNull(parsed.Diets);
        if (parsed.Portions is { } portions)
        {
            Assert.InRange(portions, 1, 100);
        }

        if (parsed.Postcode is { } postcode)
        {
            Assert.Matches("^[1-9][0-9]{3}[A-Z]{2}$", postcode);
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ParsedMessageJson.Write(writer, parsed);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(12, json.RootElement.EnumerateObject().Count());
    }
}
