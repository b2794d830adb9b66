namespace BuurtBot.Dialogs.Engine.State;

/// <summary>Another turn changed the item since it was read; the whole turn is retried.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
