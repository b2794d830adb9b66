using System.Text;
using BuurtBot.Channels.Twilio;
using CsCheck;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Reading webhook bodies: everything Twilio sends survives; nothing anyone sends throws.</summary>
public sealed class TwilioFormReaderTests
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public void Fields_keep_their_order_and_repeats_and_are_decoded_as_UTF8()
    {
        var result = Parse("Body=Hoi+buur%21+idee%C3%ABn+%F0%9F%8D%B2&MediaUrl=a&From=%2B31612345678&MediaUrl=b&Empty=&Plus=1%2B1");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [("Body", "Hoi buur! ideeën 🍲"), ("MediaUrl", "a"), ("From", "+31612345678"), ("MediaUrl", "b"), ("Empty", ""), ("Plus", "1+1")],
            result.Form.Select(f => (f.Key, f.Value)));
        Assert.Equal("+31612345678", result.Form["From"]);
        Assert.Equal(["a", "b"], result.Form.GetAll("MediaUrl"));
        Assert.Null(result.Form["from"]);
        Assert.Null(result.Form.NonEmpty("Empty"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("&&&", 0)]
    [InlineData("Body=ok&", 1)]
    [InlineData("Body=%ZZ%&From=%E2%80", 2)]
    [InlineData("=naamloos&Body=x", 2)]
    [InlineData("a=1=2", 1)]
    public void Odd_but_valid_UTF8_bodies_parse_without_throwing(string body, int fields)
    {
        var result = Parse(body);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(fields, result.Form.Count);
    }

    [Fact]
    public void Malformed_percent_escapes_are_kept_as_text()
    {
        var result = Parse("Body=100%+zeker%ZZ&From=%E2%80");

        Assert.Equal("100% zeker%ZZ", result.Form!["Body"]);
        Assert.NotNull(result.Form["From"]);
    }

    [Fact]
    public void Raw_bytes_that_are_not_UTF8_are_a_failure()
    {
        var result = TwilioFormReader.Parse([.. "Body="u8, 0xFF, 0xFE, .. "&From=x"u8]);

        Assert.False(result.Succeeded);
        Assert.Contains("UTF-8", result.Error);
    }

    [Fact]
    public void Too_many_fields_is_a_failure()
    {
        var body = string.Join('&', Enumerable.Range(0, 501).Select(i => $"F{i}=x"));

        Assert.False(Parse(body).Succeeded);
        Assert.True(Parse(string.Join('&', Enumerable.Range(0, 500).Select(i => $"F{i}=x"))).Succeeded);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_while_one_at_the_limit_is_read()
    {
        var atLimit = Encoding.ASCII.GetBytes("Body=" + new string('a', TwilioFormReader.DefaultMaxBytes - 5));
        var overLimit = Encoding.ASCII.GetBytes("Body=" + new string('a', TwilioFormReader.DefaultMaxBytes - 4));

        var read = await TwilioFormReader.ReadAsync(new MemoryStream(atLimit), Form, null, TwilioFormReader.DefaultMaxBytes, default);
        var refused = await TwilioFormReader.ReadAsync(new MemoryStream(overLimit), Form, null, TwilioFormReader.DefaultMaxBytes, default);

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(TwilioFormReader.DefaultMaxBytes - 5, read.Form["Body"]!.Length);
        Assert.False(refused.Succeeded);
        Assert.Contains("larger than 65536 bytes", refused.Error);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var result = await TwilioFormReader.ReadAsync(new UnreadableStream(), Form, 1_000_000, TwilioFormReader.DefaultMaxBytes, default);

        Assert.False(result.Succeeded);
        Assert.Contains("larger than", result.Error);
    }

    [Fact]
    public async Task An_endless_chunked_body_is_cut_off_at_the_limit()
    {
        var endless = new EndlessStream();

        var result = await TwilioFormReader.ReadAsync(endless, Form, null, 1024, default);

        Assert.False(result.Succeeded);
        Assert.InRange(endless.Served, 1025, 1024 + 4096);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/x-www-form-urlencoded; charset=iso-8859-1")]
    [InlineData("not a media type;;;")]
    public async Task Other_content_types_are_refused(string? contentType)
    {
        var result = await TwilioFormReader.ReadAsync(new MemoryStream("Body=x"u8.ToArray()), contentType, 6, 1024, default);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/x-www-form-urlencoded; charset=UTF-8")]
    [InlineData("APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8")]
    public async Task Twilio_content_types_are_read(string contentType)
    {
        var result = await TwilioFormReader.ReadAsync(new MemoryStream("Body=x"u8.ToArray()), contentType, 6, 1024, default);

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public async Task Reads_an_ASP_NET_request()
    {
        var http = new DefaultHttpContext();
        var bytes = Payloads.Bytes("whatsapp-text.form");
        http.Request.ContentType = Form;
        http.Request.ContentLength = bytes.Length;
        http.Request.Body = new MemoryStream(bytes);

        var result = await TwilioFormReader.ReadAsync(http.Request, default);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("whatsapp:+31612345678", result.Form["From"]);
    }

    [Fact]
    public async Task A_broken_connection_is_a_failure_but_cancellation_is_thrown()
    {
        var broken = await TwilioFormReader.ReadAsync(new UnreadableStream(), Form, null, 1024, default);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.False(broken.Succeeded);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => TwilioFormReader.ReadAsync(new MemoryStream("Body=x"u8.ToArray()), Form, null, 1024, cancelled.Token));
    }

    [Fact]
    public void Every_recorded_payload_parses()
    {
        Assert.All(Payloads.All(), name => Assert.True(Payloads.Form(name).Count > 0, name));
    }

    /// <summary>Property: random bytes never throw; the answer is a form or a reason.</summary>
    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.OneOf(
                Gen.Byte.Array[0, 3000],
                Gen.OneOf(Gen.Const("="), Gen.Const("&"), Gen.Const("%"), Gen.Const("+"), Gen.Const("%C3"), Gen.Const("%ZZ"),
                        Gen.Const("Body"), Gen.Const("ë"), Gen.Const("🍲"), Gen.Const("\0"), Gen.Const("%00"), Gen.Const("%F0%9F"))
                    .Array[0, 200].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts))))
            .Sample(bytes =>
            {
                var result = TwilioFormReader.Parse(bytes);
                Assert.True(result.Succeeded ^ result.Error is not null);
            }, iter: 2000);
    }

    /// <summary>Property: whatever .NET's own form encoder writes comes back field for field, in order.</summary>
    [Fact]
    public void Round_trips_what_a_form_encoder_writes()
    {
        var piece = Gen.OneOf(
            Gen.Char['\0', '\uD7FF'].Select(c => c.ToString()),
            Gen.Char['\uE000', '\uFFFD'].Select(c => c.ToString()),
            Gen.OneOf(Gen.Const("🍲"), Gen.Const("👍🏽"), Gen.Const("+"), Gen.Const("%"), Gen.Const("&"), Gen.Const("="), Gen.Const(" "), Gen.Const("ë")));
        var text = piece.Array[0, 20].Select(string.Concat);
        Gen.Select(text.Where(k => k.Length > 0), text).Array[0, 30].Sample(fields =>
        {
            var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).ToList();
            var encoded = new FormUrlEncodedContent(pairs).ReadAsByteArrayAsync().GetAwaiter().GetResult();

            var result = TwilioFormReader.Parse(encoded);

            Assert.True(result.Succeeded, result.Error);
            Assert.Equal(pairs, result.Form);
        }, iter: 1000);
    }

    private static TwilioFormReadResult Parse(string body) => TwilioFormReader.Parse(Encoding.UTF8.GetBytes(body));
}
