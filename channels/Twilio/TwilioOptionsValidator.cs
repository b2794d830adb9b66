using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// No Twilio settings at all is valid (simulator only). Anything in between fails, with one message per
/// problem that names the configuration key (and never echoes the auth token).
/// </summary>
public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    private const string S = TwilioOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem with these settings; empty when valid or when Twilio is not configured at all.</summary>
    public static IReadOnlyList<string> Problems(TwilioOptions options)
    {
        var problems = new List<string>();
        if (!options.IsConfigured)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(options.AccountSid))
        {
            problems.Add($"{S}AccountSid is missing (\"AC\" followed by 32 hex digits, from the Twilio console).");
        }
        else if (!AccountSidPattern().IsMatch(options.AccountSid))
        {
            problems.Add($"{S}AccountSid must match ^AC[0-9a-fA-F]{{32}}$; the value has {options.AccountSid.Length} characters"
                + (options.AccountSid.StartsWith("AC", StringComparison.Ordinal) ? "." : " and does not start with \"AC\"."));
        }

        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            problems.Add($"{S}AuthToken is missing (the account's primary Auth Token; it also signs webhooks).");
        }
        else if (options.AuthToken.Trim().Length != options.AuthToken.Length)
        {
            problems.Add($"{S}AuthToken has leading or trailing white space.");
        }

        if (options.SecondaryAuthToken is { Length: > 0 } secondary
            && (secondary.Trim().Length != secondary.Length || secondary == options.AuthToken))
        {
            problems.Add($"{S}SecondaryAuthToken must be the other token (not the same as AuthToken) without white space.");
        }

        CheckUrl(problems, "ApiBaseUrl", options.ApiBaseUrl, httpsOnly: false);
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            problems.Add($"{S}PublicBaseUrl is missing (the public https address Twilio calls, e.g. https://bot.example.nl).");
        }
        else
        {
            CheckUrl(problems, "PublicBaseUrl", options.PublicBaseUrl, httpsOnly: true);
        }

        CheckSenders(problems, options);
        CheckPath(problems, "MessageStatusCallbackPath", options.MessageStatusCallbackPath);
        CheckPath(problems, "CallStatusCallbackPath", options.CallStatusCallbackPath);
        foreach (var (template, sid) in options.WhatsAppTemplates)
        {
            if (sid is null || !ContentSidPattern().IsMatch(sid))
            {
                problems.Add($"{S}WhatsAppTemplates:{template} must be a Content SID matching ^HX[0-9a-fA-F]{{32}}$.");
            }
        }

        CheckRanges(problems, options);
        return problems;
    }

    private static void CheckSenders(List<string> problems, TwilioOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SmsFrom) && string.IsNullOrWhiteSpace(options.WhatsAppFrom)
            && string.IsNullOrWhiteSpace(options.VoiceFrom))
        {
            problems.Add($"{S}SmsFrom, {S}WhatsAppFrom and {S}VoiceFrom are all missing: set at least one sender.");
        }

        if (!string.IsNullOrWhiteSpace(options.SmsFrom) && !E164Pattern().IsMatch(options.SmsFrom))
        {
            problems.Add($"{S}SmsFrom must be an E.164 number like +3197010000000 (a '+', then 8 to 15 digits).");
        }

        if (!string.IsNullOrWhiteSpace(options.VoiceFrom) && !E164Pattern().IsMatch(options.VoiceFrom))
        {
            problems.Add($"{S}VoiceFrom must be an E.164 number like +31201234567 (a '+', then 8 to 15 digits).");
        }

        if (!string.IsNullOrWhiteSpace(options.WhatsAppFrom))
        {
            if (!options.WhatsAppFrom.StartsWith(TwilioAddress.WhatsAppPrefix, StringComparison.Ordinal))
            {
                problems.Add($"{S}WhatsAppFrom must start with \"whatsapp:\", e.g. whatsapp:+3197010000000.");
            }
            else if (!E164Pattern().IsMatch(options.WhatsAppFrom[TwilioAddress.WhatsAppPrefix.Length..]))
            {
                problems.Add($"{S}WhatsAppFrom must be \"whatsapp:\" followed by an E.164 number, e.g. whatsapp:+3197010000000.");
            }
        }
    }

    private static void CheckUrl(List<string> problems, string key, string? value, bool httpsOnly)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{S}{key} must be an absolute {(httpsOnly ? "https" : "http(s)")} URL.");
        }
        else if (httpsOnly && uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{S}{key} must use https: Twilio signs and calls the public https address.");
        }
        else if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            problems.Add($"{S}{key} must not contain a query, fragment or user info.");
        }
    }

    private static void CheckPath(List<string> problems, string key, string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Contains('?') || path.Contains('#'))
        {
            problems.Add($"{S}{key} must be a path starting with '/', without query or fragment.");
        }
    }

    private static void CheckRanges(List<string> problems, TwilioOptions options)
    {
        if (options.ValidityPeriodSeconds is < 1 or > 36000)
        {
            problems.Add($"{S}ValidityPeriodSeconds must be between 1 and 36000.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromMinutes(2))
        {
            problems.Add($"{S}RequestTimeout must be more than 0 and at most 2 minutes.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add($"{S}MaxRetries must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            problems.Add($"{S}RetryBaseDelay must be 0 or more and RetryMaxDelay at least RetryBaseDelay.");
        }
    }

    [GeneratedRegex(@"^AC[0-9a-fA-F]{32}\z")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex(@"^HX[0-9a-fA-F]{32}\z")]
    private static partial Regex ContentSidPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}\z")]
    private static partial Regex E164Pattern();
}
