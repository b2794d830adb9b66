using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Twilio;

public static class TwilioExtensions
{
    /// <summary>
    /// Whether the "Twilio" section holds any setting: false means simulator-only. A partial section still
    /// counts as configured, so that <see cref="AddTwilio"/> makes the start fail instead of silently
    /// running without Twilio.
    /// </summary>
    public static bool IsTwilioConfigured(this IConfiguration configuration) =>
        (configuration.GetSection(TwilioOptions.Section).Get<TwilioOptions>() ?? new TwilioOptions()).IsConfigured;

    /// <summary>
    /// Binds and validates <see cref="TwilioOptions"/> when the host starts (a partial configuration stops
    /// the start with every problem listed) and registers <see cref="TwilioRestClient"/> as a typed client.
    /// At run time <c>IOptions&lt;TwilioOptions&gt;.Value.IsConfigured</c> tells whether Twilio is on.
    /// </summary>
    public static IHostApplicationBuilder AddTwilio(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient<TwilioRestClient>((services, http) =>
        {
            var options = services.GetRequiredService<IOptions<TwilioOptions>>().Value;
            if (Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api))
            {
                http.BaseAddress = api;
            }

            // The client applies TwilioOptions.RequestTimeout per attempt itself.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        return builder;
    }
}
