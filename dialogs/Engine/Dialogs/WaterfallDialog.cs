using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.State;

namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>A dialog of ordered steps; each step's result (an answer to its prompt) goes to the next.</summary>
public class WaterfallDialog : Dialog
{
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";
    internal const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps = [];
    private readonly List<Dialog> _dependencies = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }
    }

    public IReadOnlyList<WaterfallStep> Steps => _steps;

    /// <summary>The options a waterfall instance on the stack was started with.</summary>
    public static T? OptionsOf<T>(DialogInstance instance) => StateJson.FromNode<T>(instance.State[OptionsKey]);

    protected WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>Registers a dialog (usually a prompt) this waterfall starts.</summary>
    protected WaterfallDialog AddDialog(Dialog dialog)
    {
        _dependencies.Add(dialog);
        return this;
    }

    public override IEnumerable<Dialog> GetDependencies() => _dependencies;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step sent a message without a prompt and waits: the message itself is the step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, StepIndex(dc) + 1, DialogReason.ContinueCalled, JsonValue.Create(dc.Context.Activity.Text), cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, StepIndex(dc) + 1, reason, result, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var step = new WaterfallStepContext(this, dc, state, index, reason, result);
        return await _steps[index](step, cancellationToken);
    }

    private static int StepIndex(DialogContext dc) => dc.ActiveDialog!.State[StepIndexKey]?.GetValue<int>() ?? 0;
}
