namespace BuurtBot.Dialogs.Engine.State;

/// <summary>
/// Key/value storage for bot state with optimistic concurrency. A write whose ETag does not match what is
/// stored throws <see cref="StorageConflictException"/>; it never silently overwrites a newer write.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all changes at once (all or nothing). Per item: ETag null = create (must not exist yet),
    /// <see cref="StoreItem.AnyETag"/> = overwrite, otherwise the stored ETag must match.
    /// </summary>
    Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
