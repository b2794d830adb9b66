using System.Text.Json.Nodes;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// The one template of every question: ask, recognise, validate, ask again with an explanation, count the
/// attempts, and hand the conversation over after the last failed attempt.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    /// <summary>The kind of answer this prompt waits for (a phone line offers keys for yes/no, numbers and choices).</summary>
    protected virtual AnswerKind Kind => AnswerKind.Free;
    public const int DefaultMaxAttempts = 3;

    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var promptOptions = StateJson.FromNode<PromptOptions>(options)
            ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = StateJson.ToNode(promptOptions);
        state[AttemptsKey] = 0;
        await AskAsync(dc.Context, promptOptions, promptOptions.Prompt, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var options = StateJson.FromNode<PromptOptions>(state[OptionsKey])!;
        var attempt = (state[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptsKey] = attempt;

        var recognized = Recognize(dc.Context, options);
        var sentBefore = dc.Context.SentActivities.Count;
        var valid = recognized.Succeeded
            && (validator is null || await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempt), cancellationToken));
        if (valid)
        {
            return await dc.EndDialogAsync(StateJson.ToNode(recognized.Value), cancellationToken);
        }

        if (attempt >= (options.MaxAttempts ?? DefaultMaxAttempts))
        {
            return await dc.HandOverAsync($"prompt:{Id}", cancellationToken);
        }

        if (dc.Context.SentActivities.Count == sentBefore)
        {
            await AskAsync(dc.Context, options, options.RetryPrompt ?? options.Prompt, cancellationToken);
        }
        else
        {
            Expect(dc.Context, options);
        }

        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var options = StateJson.FromNode<PromptOptions>(instance.State[OptionsKey])!;
        await AskAsync(turnContext, options, options.Prompt, cancellationToken);
    }

    private async Task AskAsync(ITurnContext turnContext, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(text, cancellationToken);
        Expect(turnContext, options);
    }

    private void Expect(ITurnContext turnContext, PromptOptions options)
    {
        var signals = TurnSignals.Of(turnContext);
        signals.Expecting = options.Choices.Count > 0 ? AnswerKind.Choice : Kind;
        signals.ChoiceCount = options.Choices.Count;
    }

    /// <summary>Reads the answer from the person's message.</summary>
    protected abstract PromptRecognition<T> Recognize(ITurnContext turnContext, PromptOptions options);
}
