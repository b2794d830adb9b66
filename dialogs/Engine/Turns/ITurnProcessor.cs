using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>What a channel calls: run one turn for an incoming activity.</summary>
public interface ITurnProcessor
{
    Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken);
}
