namespace BuurtBot.Coordination.Api;

public static class CoordinatorApiExtensions
{
    public static WebApplicationBuilder AddCoordinatorApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CoordinatorApiOptions>().BindConfiguration(CoordinatorApiOptions.Section);
        builder.Services.AddOptions<CoordinatorAlertOptions>().BindConfiguration(CoordinatorAlertOptions.Section);
        return builder;
    }
}
