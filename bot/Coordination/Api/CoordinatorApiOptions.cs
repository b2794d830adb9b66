namespace BuurtBot.Coordination.Api;

/// <summary>The coordinators' API (section "Coordinator"). Without an API key it refuses every request.</summary>
public sealed class CoordinatorApiOptions
{
    public const string Section = "Coordinator";

    public const string HeaderName = "X-Api-Key";

    /// <summary>The secret coordinators' tools send in the X-Api-Key header (from a secret store in production).</summary>
    public string? ApiKey { get; set; }
}
