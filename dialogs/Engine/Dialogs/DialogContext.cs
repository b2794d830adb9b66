using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>Runs the dialog stack of one conversation for one turn.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogState state)
{
    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Context { get; } = context;

    public IReadOnlyList<DialogInstance> Stack => state.Stack;

    public DialogInstance? ActiveDialog => state.Stack.Count > 0 ? state.Stack[^1] : null;

    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, StateJson.ToNode(options), cancellationToken);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var dialog = FindOrThrow(dialogId);
        state.Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the person's message to the active dialog.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindOrThrow(active.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        await EndActiveAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await FindOrThrow(parent.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public Task<DialogTurnResult> EndDialogAsync<TResult>(TResult result, CancellationToken cancellationToken) =>
        EndDialogAsync(StateJson.ToNode(result), cancellationToken);

    /// <summary>Ends the active dialog and starts another in its place, without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        await EndActiveAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (state.Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (state.Stack.Count > 0)
        {
            await EndActiveAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active)
        {
            await FindOrThrow(active.Id).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>
    /// Gives up on the current conversation and starts the set's hand-over dialog (a coordinator takes
    /// over), or just clears the stack when the set has none.
    /// </summary>
    public async Task<DialogTurnResult> HandOverAsync(string reason, CancellationToken cancellationToken)
    {
        var description = DescribeConversation();
        await CancelAllDialogsAsync(cancellationToken);
        return Dialogs.HandOverDialogId is { } handOver
            ? await BeginDialogAsync(handOver, new HandOverOptions(reason, description, Context.Activity.Text), cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>The most specific description of what the stack is doing ("uw vraag om een maaltijd"), if any.</summary>
    public string? DescribeConversation()
    {
        for (var i = state.Stack.Count - 1; i >= 0; i--)
        {
            if (Dialogs.Find(state.Stack[i].Id)?.Description is { } description)
            {
                return description;
            }
        }

        return null;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    private async Task EndActiveAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        state.Stack.RemoveAt(state.Stack.Count - 1);
        if (Dialogs.Find(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken);
        }
    }

    private Dialog FindOrThrow(string dialogId) =>
        Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is registered.");
}
