using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>The dialogs of a bot, by id, and where their stack is kept.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState> dialogState)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>The dialog that takes over when a prompt got no usable answer after its last attempt.</summary>
    public string? HandOverDialogId { get; set; }

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new InvalidOperationException($"Two different dialogs share the id '{dialog.Id}'.");
        }

        _dialogs.Add(dialog.Id, dialog);
        foreach (var dependency in dialog.GetDependencies())
        {
            Add(dependency);
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
