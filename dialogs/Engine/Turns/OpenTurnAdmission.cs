using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>Lets every turn start at once: the engine's default when the host registered no other admission.</summary>
public sealed class OpenTurnAdmission : ITurnAdmission
{
    public ValueTask WaitAsync(Activity activity, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
