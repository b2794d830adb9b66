using BuurtBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>Removing a member's data, exporting it, and purging message texts after the retention period.</summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IMemberErasure, MemberErasure>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        builder.Services.AddSingleton<MessagePurger>();
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }

    public static WebApplication MapPrivacy(this WebApplication app)
    {
        app.MapMemberDataApi();
        return app;
    }
}
