using BuurtBot.Channels.Twilio;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Behind a TLS proxy the app sees another URL than Twilio signed; the public one is rebuilt from configuration.</summary>
public sealed class TwilioWebhookUrlTests
{
    private const string Token = "a3f1c9e27b5d40e8a1c6f0b9d2e47c15";

    [Theory]
    [InlineData("https://bot.example.nl", "/twilio/voice/gather?step=confirm&naam=J%C3%A1n&x=a+b", "https://bot.example.nl/twilio/voice/gather?step=confirm&naam=J%C3%A1n&x=a+b")]
    [InlineData("https://bot.example.nl/", "/twilio/sms", "https://bot.example.nl/twilio/sms")]
    [InlineData("https://example.nl/buurtbot", "/twilio/sms?q=it%27s", "https://example.nl/buurtbot/twilio/sms?q=it%27s")]
    [InlineData("https://bot.example.nl:8443", "/twilio/sms", "https://bot.example.nl:8443/twilio/sms")]
    public void The_request_target_is_kept_byte_for_byte_behind_the_public_base(string publicBase, string rawTarget, string expected)
    {
        Assert.Equal(expected, TwilioWebhookUrl.For(Request(rawTarget), new TwilioOptions { PublicBaseUrl = publicBase }));
    }

    [Fact]
    public void Without_a_raw_target_path_and_query_are_used()
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/twilio/sms";
        http.Request.QueryString = new QueryString("?outbox=42&x=%20");

        Assert.Equal("https://bot.example.nl/twilio/sms?outbox=42&x=%20", TwilioWebhookUrl.For(http.Request, new TwilioOptions { PublicBaseUrl = "https://bot.example.nl" }));
    }

    /// <summary>Twilio signs the public URL; the app receives the request on http://10.0.0.5:8080. The signature still checks out.</summary>
    [Fact]
    public async Task A_signature_over_the_public_URL_validates_for_the_proxied_request()
    {
        const string publicUrl = "https://bot.example.nl/twilio/voice/gather?step=confirm&naam=J%C3%A1n";
        var fields = Payloads.Form("voice-gather-speech.form").ToList();
        var signature = (await TwilioOracle.SignAsync([new SignatureCase("proxied", Token, publicUrl, fields)]))[0];
        var request = Request("/twilio/voice/gather?step=confirm&naam=J%C3%A1n");
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.5", 8080);

        var url = TwilioWebhookUrl.For(request, new TwilioOptions { PublicBaseUrl = "https://bot.example.nl" });

        Assert.True(TwilioSignature.IsValid(Token, signature, url, fields));
        Assert.False(TwilioSignature.IsValid(Token, signature, $"{request.Scheme}://{request.Host}{request.Path}{request.QueryString}", fields));
    }

    private static HttpRequest Request(string rawTarget)
    {
        var http = new DefaultHttpContext();
        http.Features.Get<IHttpRequestFeature>()!.RawTarget = rawTarget;
        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        http.Request.Path = query < 0 ? rawTarget : rawTarget[..query];
        http.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(rawTarget[query..]);
        return http.Request;
    }
}
