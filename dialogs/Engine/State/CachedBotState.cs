using System.Text.Json.Nodes;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>
/// One state document as loaded for a turn: its stored JSON, its ETag, and the typed objects handed out
/// this turn (so changes made to them are saved at the end of the turn).
/// </summary>
internal sealed class CachedBotState(string storageKey, JsonObject document, string? eTag, string originalJson)
{
    private readonly Dictionary<string, object> _objects = new(StringComparer.Ordinal);

    public string StorageKey { get; } = storageKey;

    public string? ETag { get; } = eTag;

    public T? Get<T>(string name) where T : class
    {
        if (_objects.TryGetValue(name, out var existing))
        {
            return existing as T;
        }

        var value = StateJson.FromNode<T>(document[name]);
        if (value is not null)
        {
            _objects[name] = value;
        }

        return value;
    }

    public void Set<T>(string name, T value) where T : class => _objects[name] = value;

    public void Remove(string name)
    {
        _objects.Remove(name);
        document.Remove(name);
    }

    /// <summary>The document as it is now, or null when nothing changed since it was read.</summary>
    public string? ChangedJson()
    {
        foreach (var (name, value) in _objects)
        {
            document[name] = StateJson.ToNode(value);
        }

        var json = document.ToJsonString(StateJson.Options);
        return json == originalJson ? null : json;
    }
}
