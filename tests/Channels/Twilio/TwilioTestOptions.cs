using BuurtBot.Channels.Twilio;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>A complete, valid Twilio configuration (made-up account) and clients built on it.</summary>
internal static class TwilioTestOptions
{
    public const string AccountSid = "AC5ef8732a3c49700934481addd5ce1659";
    public const string AuthToken = "a3f1c9e27b5d40e8a1c6f0b9d2e47c15";

    public static Dictionary<string, string?> Settings(Uri? apiBaseUrl = null) => new()
    {
        ["Twilio:AccountSid"] = AccountSid,
        ["Twilio:AuthToken"] = AuthToken,
        ["Twilio:ApiBaseUrl"] = apiBaseUrl?.ToString() ?? "https://api.twilio.com",
        ["Twilio:PublicBaseUrl"] = "https://bot.example.nl",
        ["Twilio:SmsFrom"] = "+3197010586014",
        ["Twilio:WhatsAppFrom"] = "whatsapp:+3197010586014",
        ["Twilio:VoiceFrom"] = "+31851234567",
    };

    public static TwilioOptions Create(Uri apiBaseUrl) => new()
    {
        AccountSid = AccountSid,
        AuthToken = AuthToken,
        ApiBaseUrl = apiBaseUrl.ToString(),
        PublicBaseUrl = "https://bot.example.nl",
        SmsFrom = "+3197010586014",
        WhatsAppFrom = "whatsapp:+3197010586014",
        VoiceFrom = "+31851234567",
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
    };

    public static TwilioRestClient Client(TwilioOptions options, TimeProvider? time = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, Options.Create(options), time ?? TimeProvider.System, NullLogger<TwilioRestClient>.Instance);
}
