using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// A message that signals distress or danger ("ik ben gevallen", "pijn op de borst", "help help") is never
/// treated as a request and never goes to neighbours: the person is pointed to 112 in one short sentence and the
/// coordinators are alerted at once with the message. Whatever conversation was going on is left as it was.
/// </summary>
public sealed partial class DistressMiddleware(IMemberDirectory members, ICoordinatorQueue coordinators, ILogger<DistressMiddleware> logger) : IMiddleware
{
    public const string Reply = "Bij direct gevaar: bel meteen 112. Ik vraag een medewerker om zo snel mogelijk contact met u op te nemen.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (DistressRecognizer.Recognize(activity.Text) is not { } signal)
        {
            await next(cancellationToken);
            return;
        }

        var member = await members.GetOrCreateAsync(activity.ConversationId, activity.Channel, turnContext.Now, cancellationToken);
        await coordinators.AlertAsync(
            new CoordinatorItemDraft(member.Id, "distress", $"{signal.Code}: {activity.Text}", turnContext.Now), activity.Text, cancellationToken);
        await turnContext.SendActivityAsync(Reply, cancellationToken);
        LogDistress(logger, member.Id, signal.Code, activity.Channel);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Distress signal ({Category}) from member {MemberId} on {Channel}; coordinators alerted")]
    private static partial void LogDistress(ILogger logger, long memberId, string category, Engine.Activities.Channel channel);
}
