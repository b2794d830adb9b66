using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// Asked before a turn starts, with the message that starts it: lets it start at once, or holds it back for a while
/// (for instance while the replies of earlier turns are still waiting to be sent). A hold is always bounded; a turn is
/// never refused.
/// </summary>
public interface ITurnAdmission
{
    ValueTask WaitAsync(Activity activity, CancellationToken cancellationToken);
}
