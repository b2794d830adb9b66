using BuurtBot.Dialogs.Members;

namespace BuurtBot.Coordination.Api;

public static class CoordinatorApiExtensions
{
    public static WebApplicationBuilder AddCoordinatorApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CoordinatorApiOptions>().BindConfiguration(CoordinatorApiOptions.Section);
        builder.Services.AddOptions<CoordinatorAlertOptions>().BindConfiguration(CoordinatorAlertOptions.Section)
            .Validate(o => o.AlertPhones.All(p => PhoneNumber.TryNormalize(p, out var normal) && normal == p),
                "Coordinator:AlertPhones must be phone numbers in E.164 form, like +31612345678")
            .ValidateOnStart();
        return builder;
    }
}
