namespace BuurtBot.Dialogs.Engine.State;

/// <summary>A stored JSON document and the ETag of the version it was read as (or is based on).</summary>
public sealed record StoreItem(string Json, string? ETag)
{
    public const string AnyETag = "*";
}
