using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>What a waterfall step sees: its options, the previous step's result, and the dialog's values.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly JsonObject _state;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog dialog, DialogContext dc, JsonObject state, int index, DialogReason reason, JsonNode? result)
    {
        _dialog = dialog;
        _state = state;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: the answer to its prompt, or what it passed to <see cref="NextAsync"/>.</summary>
    public JsonNode? Result { get; }

    public T? ResultAs<T>() => StateJson.FromNode<T>(Result);

    public T? GetOptions<T>() => StateJson.FromNode<T>(_state[WaterfallDialog.OptionsKey]);

    /// <summary>A value this dialog kept between its steps.</summary>
    public T? GetValue<T>(string key) => StateJson.FromNode<T>(Values[key]);

    public void SetValue<T>(string key, T value) => Values[key] = StateJson.ToNode(value);

    /// <summary>Changes a value this dialog keeps between its steps (a draft filled in one answer at a time) and returns it.</summary>
    public T UpdateValue<T>(string key, Func<T, T> change)
        where T : class
    {
        var value = change(GetValue<T>(key)!);
        SetValue(key, value);
        return value;
    }

    private JsonObject Values => _state[WaterfallDialog.ValuesKey] as JsonObject
        ?? throw new InvalidOperationException("The waterfall's values are missing.");

    /// <summary>Skips ahead to the next step, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was called twice in step {Index} of '{_dialog.Id}'.");
        }

        _nextCalled = true;
        return _dialog.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> NextAsync<T>(T result, CancellationToken cancellationToken) =>
        NextAsync(StateJson.ToNode(result), cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync<TOptions>(string dialogId, TOptions options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync<TResult>(TResult result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(null, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync<TOptions>(string dialogId, TOptions options, CancellationToken cancellationToken) =>
        DialogContext.ReplaceDialogAsync(dialogId, StateJson.ToNode(options), cancellationToken);
}
