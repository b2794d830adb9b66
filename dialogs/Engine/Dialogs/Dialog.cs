using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>
/// A conversation piece that can sit on the dialog stack. Dialog objects hold no per-conversation data:
/// everything that must survive the turn lives in the <see cref="DialogInstance"/>.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>How to name this dialog to the person ("uw vraag om een maaltijd"), or null when it is not worth mentioning.</summary>
    public virtual string? Description => null;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>The person sent a message while this dialog was active.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again what this dialog is waiting for.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack.</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Dialogs this one starts; a <see cref="DialogSet"/> adds them with it.</summary>
    public virtual IEnumerable<Dialog> GetDependencies() => [];
}
