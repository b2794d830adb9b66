namespace BuurtBot.Dialogs.Coordination;

/// <summary>The coordinators' work queue. Changes are staged in the turn and committed with it.</summary>
public interface ICoordinatorQueue
{
    Task EnqueueAsync(CoordinatorItemDraft item, CancellationToken cancellationToken);

    /// <summary>Queues the item and alerts the coordinators on duty at once, quoting the person's message.</summary>
    Task AlertAsync(CoordinatorItemDraft item, string message, CancellationToken cancellationToken);
}
