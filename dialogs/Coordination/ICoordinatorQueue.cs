namespace BuurtBot.Dialogs.Coordination;

/// <summary>The coordinators' work queue. Changes are staged in the turn and committed with it.</summary>
public interface ICoordinatorQueue
{
    Task EnqueueAsync(CoordinatorItemDraft item, CancellationToken cancellationToken);
}
