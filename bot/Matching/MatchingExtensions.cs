using BuurtBot.Dialogs.Matching;
using BuurtBot.Outbox;

namespace BuurtBot.Matching;

public static class MatchingExtensions
{
    /// <summary>Matching requests with neighbours: candidates, questions, the first yes, follow-ups; all scoped to a turn.</summary>
    public static WebApplicationBuilder AddMatching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section);
        builder.Services.AddOptions<NeighbourhoodOptions>().BindConfiguration(NeighbourhoodOptions.Section);
        builder.Services.AddSingleton<IDistance, PostcodeDistance>();
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddScoped<CandidateFinder>();
        builder.Services.AddScoped<QuestionLedger>();
        builder.Services.AddScoped<ConversationActivity>();
        builder.Services.AddScoped<Matchmaker>();
        builder.Services.AddScoped<MatchFollowUps>();
        builder.Services.AddScoped<MatchClosing>();
        builder.Services.AddScoped<IMatchmaking, MatchmakingService>();
        builder.Services.AddScoped<Dialogs.Offers.IOfferBook, Offers.OfferBook>();
        builder.Services.AddOptions<Scheduling.SchedulerOptions>().BindConfiguration(Scheduling.SchedulerOptions.Section);
        builder.Services.AddSingleton<Scheduling.TaskRunner>();
        builder.Services.AddHostedService<Scheduling.SchedulerService>();
        return builder;
    }
}
