namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>The persisted dialog stack of one conversation; the last item is the active dialog.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; init; } = [];
}
