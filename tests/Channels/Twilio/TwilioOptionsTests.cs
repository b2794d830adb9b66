using BuurtBot.Channels.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>No Twilio section: simulator only. A partial one: the start fails, naming exactly what is wrong.</summary>
public sealed class TwilioOptionsTests
{
    [Fact]
    public async Task Without_any_Twilio_setting_the_app_starts_and_Twilio_is_off()
    {
        using var host = Build([]);

        await host.StartAsync();

        Assert.False(host.Services.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured);
        Assert.False(host.Services.GetRequiredService<IConfiguration>().IsTwilioConfigured());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_complete_configuration_starts_and_Twilio_is_on()
    {
        using var host = Build(TwilioTestOptions.Settings());

        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<TwilioOptions>>().Value;
        Assert.True(options.IsConfigured);
        Assert.True(host.Services.GetRequiredService<IConfiguration>().IsTwilioConfigured());
        Assert.Equal(new Uri("https://bot.example.nl/api/twilio/status"), options.PublicUrl(options.MessageStatusCallbackPath));
        Assert.NotNull(host.Services.GetRequiredService<TwilioRestClient>());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_partial_configuration_stops_the_start_and_lists_every_problem()
    {
        using var host = Build(new() { ["Twilio:AccountSid"] = "AC5ef8732a3c49700934481addd5ce1659" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.True(host.Services.GetRequiredService<IConfiguration>().IsTwilioConfigured());
        Assert.Equal(
        [
            "Twilio:AuthToken is missing (the account's primary Auth Token; it also signs webhooks).",
            "Twilio:PublicBaseUrl is missing (the public https address Twilio calls, e.g. https://bot.example.nl).",
            "Twilio:SmsFrom, Twilio:WhatsAppFrom and Twilio:VoiceFrom are all missing: set at least one sender.",
        ], error.Failures);
    }

    [Theory]
    [InlineData("AccountSid", "AC123", "Twilio:AccountSid must match ^AC[0-9a-fA-F]{32}$; the value has 5 characters.")]
    [InlineData("AccountSid", "SK5ef8732a3c49700934481addd5ce1659", "Twilio:AccountSid must match ^AC[0-9a-fA-F]{32}$; the value has 34 characters and does not start with \"AC\".")]
    [InlineData("AccountSid", "AC5ef8732a3c49700934481addd5ce165g", "Twilio:AccountSid must match ^AC[0-9a-fA-F]{32}$; the value has 34 characters.")]
    [InlineData("AccountSid", "AC5ef8732a3c49700934481addd5ce1659\n", "Twilio:AccountSid must match ^AC[0-9a-fA-F]{32}$; the value has 35 characters.")]
    [InlineData("PublicBaseUrl", "http://bot.example.nl", "Twilio:PublicBaseUrl must use https: Twilio signs and calls the public https address.")]
    [InlineData("PublicBaseUrl", "bot.example.nl", "Twilio:PublicBaseUrl must be an absolute https URL.")]
    [InlineData("PublicBaseUrl", "https://bot.example.nl/?x=1", "Twilio:PublicBaseUrl must not contain a query, fragment or user info.")]
    [InlineData("ApiBaseUrl", "ftp://api.twilio.com", "Twilio:ApiBaseUrl must be an absolute http(s) URL.")]
    [InlineData("SmsFrom", "0970105860", "Twilio:SmsFrom must be an E.164 number like +3197010000000 (a '+', then 8 to 15 digits).")]
    [InlineData("SmsFrom", "BuurtBot", "Twilio:SmsFrom must be an E.164 number like +3197010000000 (a '+', then 8 to 15 digits).")]
    [InlineData("VoiceFrom", "+31 85 123 4567", "Twilio:VoiceFrom must be an E.164 number like +31201234567 (a '+', then 8 to 15 digits).")]
    [InlineData("WhatsAppFrom", "+3197010586014", "Twilio:WhatsAppFrom must start with \"whatsapp:\", e.g. whatsapp:+3197010000000.")]
    [InlineData("WhatsAppFrom", "whatsapp:0612345678", "Twilio:WhatsAppFrom must be \"whatsapp:\" followed by an E.164 number, e.g. whatsapp:+3197010000000.")]
    [InlineData("WhatsAppTemplates:Reminder", "HX123", "Twilio:WhatsAppTemplates:Reminder must be a Content SID matching ^HX[0-9a-fA-F]{32}$.")]
    [InlineData("MessageStatusCallbackPath", "twilio/status", "Twilio:MessageStatusCallbackPath must be a path starting with '/', without query or fragment.")]
    [InlineData("ValidityPeriodSeconds", "36001", "Twilio:ValidityPeriodSeconds must be between 1 and 36000.")]
    [InlineData("MaxRetries", "-1", "Twilio:MaxRetries must be between 0 and 10.")]
    [InlineData("RequestTimeout", "00:00:00", "Twilio:RequestTimeout must be more than 0 and at most 2 minutes.")]
    public void One_malformed_setting_gives_exactly_one_message_naming_it(string key, string value, string expected)
    {
        var settings = TwilioTestOptions.Settings();
        settings["Twilio:" + key] = value;

        Assert.Equal([expected], TwilioOptionsValidator.Problems(Bind(settings)));
    }

    [Fact]
    public void The_auth_token_is_never_echoed()
    {
        var settings = TwilioTestOptions.Settings();
        settings["Twilio:AuthToken"] = " geheim-token-123 ";
        settings["Twilio:AccountSid"] = "geheim-token-123";

        var problems = TwilioOptionsValidator.Problems(Bind(settings));

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.DoesNotContain("geheim", p, StringComparison.Ordinal));
    }

    [Fact]
    public void One_sender_is_enough_and_valid_templates_pass()
    {
        var settings = TwilioTestOptions.Settings();
        settings.Remove("Twilio:SmsFrom");
        settings.Remove("Twilio:VoiceFrom");
        settings["Twilio:WhatsAppTemplates:Reminder"] = "HX0123456789abcdef0123456789abcdef";
        settings["Twilio:ValidityPeriodSeconds"] = "3600";

        var options = Bind(settings);

        Assert.Empty(TwilioOptionsValidator.Problems(options));
        Assert.Equal("HX0123456789abcdef0123456789abcdef", options.WhatsAppTemplates["Reminder"]);
    }

    [Theory]
    [InlineData("https://bot.example.nl", "/twilio/sms", "https://bot.example.nl/twilio/sms")]
    [InlineData("https://bot.example.nl/", "twilio/sms", "https://bot.example.nl/twilio/sms")]
    [InlineData("https://example.nl/buurtbot/", "/twilio/sms", "https://example.nl/buurtbot/twilio/sms")]
    [InlineData("https://bot.example.nl:8443", "/twilio/sms", "https://bot.example.nl:8443/twilio/sms")]
    public void Public_urls_join_base_and_path_with_one_slash(string baseUrl, string path, string expected)
    {
        Assert.Equal(expected, new TwilioOptions { PublicBaseUrl = baseUrl }.PublicUrl(path).AbsoluteUri);
    }

    private static TwilioOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(TwilioOptions.Section).Get<TwilioOptions>()!;

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTwilio();
        return builder.Build();
    }
}
