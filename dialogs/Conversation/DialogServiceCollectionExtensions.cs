using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Meals;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Registration;
using BuurtBot.Dialogs.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Dialogs.Conversation;

public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline and BuurtBot's conversations. Middleware runs in registration order: state saving
    /// (outermost, from the pipeline), then opt-out, then distress (before any dialog sees the message).
    /// </summary>
    public static IServiceCollection AddBuurtBotDialogs(this IServiceCollection services)
    {
        services.AddTurnPipeline();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section);
        services.AddScoped<IMiddleware, OptOutMiddleware>();
        services.AddScoped<IMiddleware, Safety.DistressMiddleware>();
        services.AddScoped<IBot, BuurtBotBot>();
        services.AddScoped<Interruptions>();
        services.AddScoped<MainDialog>();
        services.AddScoped<RegistrationDialog>();
        services.AddScoped<MealRequestDialog>();
        services.AddScoped<Offers.MealOfferDialog>();
        services.AddScoped<Loans.LoanRequestDialog>();
        services.AddScoped<Loans.LoanOfferDialog>();
        services.AddScoped<Help.HelpRequestDialog>();
        services.AddScoped<Help.HelpOfferDialog>();
        services.AddScoped<BeneficiaryDialog>();
        services.AddScoped<HandOverDialog>();
        services.AddScoped<PauseDialog>();
        services.AddScoped<ErasureDialog>();
        return services;
    }
}
