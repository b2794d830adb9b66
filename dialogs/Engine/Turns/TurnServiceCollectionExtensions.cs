using BuurtBot.Dialogs.Engine.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuurtBot.Dialogs.Engine.Turns;

public static class TurnServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline: the adapter, per-conversation locks (and cross-process leases when the host registered
    /// an <see cref="IConversationLeases"/> before), admission of each turn (open unless the host registers another
    /// <see cref="ITurnAdmission"/>, before or in place of this one), bot state over the registered
    /// <see cref="IStorage"/>, and state saving at the end of each turn (always the last middleware to finish).
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TurnOptions>();
        services.AddSingleton<ConversationLocks>();
        services.TryAddSingleton<IConversationLeases, ProcessOnlyConversationLeases>();
        services.TryAddSingleton<ITurnAdmission, OpenTurnAdmission>();
        services.AddSingleton<ITurnProcessor, BotAdapter>();
        services.AddScoped<TurnContextAccessor>();
        services.AddScoped<ConversationState>();
        services.AddScoped<UserState>();
        services.AddScoped<IMiddleware, AutoSaveStateMiddleware>();
        return services;
    }
}
