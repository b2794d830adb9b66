using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>
/// State kept between turns in an <see cref="IStorage"/>: loaded once per turn, saved once at its end.
/// </summary>
public abstract class BotState(IStorage storage, string cacheKey)
{
    public IStatePropertyAccessor<T> CreateProperty<T>(string name) where T : class =>
        new StatePropertyAccessor<T>(this, name);

    /// <summary>The storage key of this state for the turn's activity.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    internal async Task<CachedBotState> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cached = turnContext.TurnState.Get<CachedBotState>(cacheKey);
        if (cached is not null)
        {
            return cached;
        }

        var key = GetStorageKey(turnContext);
        var items = await storage.ReadAsync([key], cancellationToken);
        return Loaded(turnContext, items);
    }

    /// <summary>
    /// Takes this state from a read made for several states at once (one round trip for the turn); a state this
    /// turn already loaded is kept as it is.
    /// </summary>
    internal CachedBotState Loaded(ITurnContext turnContext, IReadOnlyDictionary<string, StoreItem> items)
    {
        var cached = turnContext.TurnState.Get<CachedBotState>(cacheKey);
        if (cached is not null)
        {
            return cached;
        }

        var key = GetStorageKey(turnContext);
        cached = items.TryGetValue(key, out var item)
            ? new CachedBotState(key, JsonNode.Parse(item.Json) as JsonObject ?? [], item.ETag, item.Json)
            : new CachedBotState(key, [], eTag: null, originalJson: "{}");
        turnContext.TurnState.Set(cacheKey, cached);
        return cached;
    }

    /// <summary>The change this turn made to this state, if any, ready for one combined write.</summary>
    internal KeyValuePair<string, StoreItem>? PendingChange(ITurnContext turnContext)
    {
        var cached = turnContext.TurnState.Get<CachedBotState>(cacheKey);
        var json = cached?.ChangedJson();
        return cached is null || json is null
            ? null
            : new KeyValuePair<string, StoreItem>(cached.StorageKey, new StoreItem(json, cached.ETag));
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (PendingChange(turnContext) is { } change)
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [change.Key] = change.Value }, cancellationToken);
            turnContext.TurnState.Remove(cacheKey);
        }
    }

    /// <summary>Forgets this state entirely (stored and cached).</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Remove(cacheKey);
        await storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    internal void ForgetCache(ITurnContext turnContext) => turnContext.TurnState.Remove(cacheKey);
}
