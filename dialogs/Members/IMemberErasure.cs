namespace BuurtBot.Dialogs.Members;

/// <summary>Removing a member's personal data (AVG/GDPR), staged in the turn and committed with it.</summary>
public interface IMemberErasure
{
    /// <summary>
    /// Calls off what the member had going (counterparts are told), removes their name, number, address and
    /// message texts, and keeps only anonymous counts. Messages already staged for them in this turn still
    /// leave, then are blanked.
    /// </summary>
    Task EraseAsync(long memberId, DateTimeOffset at, CancellationToken cancellationToken);
}
