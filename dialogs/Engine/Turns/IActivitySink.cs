using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// Where sent activities go: the durable outbox. Staged in the turn's unit of work, so a turn that
/// fails sends nothing and a turn that commits sends everything it said.
/// </summary>
public interface IActivitySink
{
    Task SendAsync(Activity activity, CancellationToken cancellationToken);
}
