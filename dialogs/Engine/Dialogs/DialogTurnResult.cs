using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.State;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>The outcome of running the stack for a turn, with the completed dialog's result if any.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public T? ResultAs<T>() => StateJson.FromNode<T>(Result);
}
