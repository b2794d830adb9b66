using System.Text.Json.Nodes;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>One dialog on the stack: which dialog, and its own state as JSON (read through typed accessors).</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}
