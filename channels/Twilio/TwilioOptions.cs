namespace BuurtBot.Channels.Twilio;

/// <summary>
/// The "Twilio" configuration section. Leave it out entirely and the bot runs simulator-only
/// (<see cref="IsConfigured"/> is false); fill it in partly and the app refuses to start, naming what is
/// missing (<see cref="TwilioOptionsValidator"/>).
/// </summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    /// <summary>"AC" + 32 hex digits; the user name of the REST API's Basic auth.</summary>
    public string? AccountSid { get; set; }

    /// <summary>The account's primary Auth Token: REST password and the key of X-Twilio-Signature.</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// Only while rotating the auth token: the other token (Twilio's secondary, about to be promoted, or the old
    /// primary just replaced). Webhooks signed with either are accepted; REST calls use <see cref="AuthToken"/>.
    /// </summary>
    public string? SecondaryAuthToken { get; set; }

    /// <summary>Where the REST API lives; a loopback mock in tests, api.dublin.ie1.twilio.com for IE1.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>The public https base Twilio calls (webhooks, status callbacks), e.g. https://bot.example.nl.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Our SMS number, E.164 (+3197...).</summary>
    public string? SmsFrom { get; set; }

    /// <summary>Our WhatsApp sender, "whatsapp:+31...".</summary>
    public string? WhatsAppFrom { get; set; }

    /// <summary>Our caller id for outbound calls, E.164.</summary>
    public string? VoiceFrom { get; set; }

    /// <summary>Path under <see cref="PublicBaseUrl"/> for message status callbacks.</summary>
    public string MessageStatusCallbackPath { get; set; } = "/api/twilio/status";

    /// <summary>Path under <see cref="PublicBaseUrl"/> for call status callbacks.</summary>
    public string CallStatusCallbackPath { get; set; } = "/api/twilio/status";

    /// <summary>The voice that speaks Dutch on phone calls (a Polly or Google nl-NL voice).</summary>
    public string VoiceName { get; set; } = "Polly.Lotte";

    /// <summary>Below this speech confidence an answer is asked again (then keys are offered).</summary>
    public double MinSpeechConfidence { get; set; } = 0.35;

    /// <summary>
    /// Approved WhatsApp templates ("HX" + 32 hex) by our own name, e.g. "Reminder": used outside the
    /// 24-hour window, where free text is refused (63016).
    /// </summary>
    public Dictionary<string, string> WhatsAppTemplates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Seconds a message may wait in Twilio's queue (1-36000); null = Twilio's default of 10 h.</summary>
    public int? ValidityPeriodSeconds { get; set; }

    /// <summary>How long one REST call may take before it counts as timed out (and possibly processed).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries for requests Twilio certainly did not process (429, connection refused); 0 = none.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Backoff: attempt n waits a random time up to min(<see cref="RetryMaxDelay"/>, base * 2^n).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Any credential, address or sender set: the operator meant to use Twilio.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AccountSid) || !string.IsNullOrWhiteSpace(AuthToken) || !string.IsNullOrWhiteSpace(PublicBaseUrl)
        || !string.IsNullOrWhiteSpace(SmsFrom) || !string.IsNullOrWhiteSpace(WhatsAppFrom)
        || !string.IsNullOrWhiteSpace(VoiceFrom) || WhatsAppTemplates.Count > 0;

    /// <summary>The absolute URL Twilio calls for <paramref name="path"/> (e.g. "/twilio/sms").</summary>
    public Uri PublicUrl(string path)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var baseUrl))
        {
            throw new InvalidOperationException("Twilio:PublicBaseUrl is not an absolute URL.");
        }

        return new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + baseUrl.AbsolutePath.TrimEnd('/') + "/" + path.TrimStart('/'));
    }
}
