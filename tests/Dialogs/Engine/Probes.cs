using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>
/// Small bots and dialogs that exercise the engine: a questionnaire (text, number with validation, choice,
/// date and confirm prompts), a hand-over, and bots that count or throw. They use the engine as a
/// conversation would; nothing of the engine is replaced.
/// </summary>
internal static class Probes
{
    public static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ja" => true,
        "nee" => false,
        _ => null,
    };

    public static DateOnly? Day(string text, DateTimeOffset now) => text.Trim().ToLowerInvariant() switch
    {
        "vandaag" => DateOnly.FromDateTime(now.UtcDateTime),
        "morgen" => DateOnly.FromDateTime(now.UtcDateTime).AddDays(1),
        _ => null,
    };
}

internal sealed class QuestionnaireDialog : WaterfallDialog
{
    public QuestionnaireDialog()
        : base("questionnaire")
    {
        AddDialog(new TextPrompt("name"));
        AddDialog(new NumberPrompt("age", t => int.TryParse(t, out var n) ? n : null, async (prompt, ct) =>
        {
            if (prompt.Recognized.Value is >= 1 and <= 120)
            {
                return true;
            }

            await prompt.Context.SendActivityAsync("Een leeftijd tussen 1 en 120, graag.", ct);
            return false;
        }));
        AddDialog(new ChoicePrompt("colour", t => t.Trim().ToLowerInvariant()));
        AddDialog(new DatePrompt("day", Probes.Day));
        AddDialog(new ConfirmPrompt("sure", Probes.YesNo));
        AddStep((step, ct) => step.PromptAsync("name", new PromptOptions("Hoe heet u?"), ct));
        AddStep((step, ct) =>
        {
            step.SetValue("name", step.ResultAs<string>());
            return step.PromptAsync("age", new PromptOptions("Hoe oud bent u?", "Stuur uw leeftijd als getal."), ct);
        });
        AddStep((step, ct) =>
        {
            step.SetValue("age", step.ResultAs<int>());
            return step.PromptAsync("colour", new PromptOptions("Welke kleur? 1 rood, 2 blauw") { Choices = [new("rood", ["rood"]), new("blauw", ["blauw"])] }, ct);
        });
        AddStep((step, ct) =>
        {
            step.SetValue("colour", step.ResultAs<string>());
            return step.PromptAsync("day", new PromptOptions("Welke dag?"), ct);
        });
        AddStep((step, ct) =>
        {
            step.SetValue("day", step.ResultAs<DateOnly>());
            return step.PromptAsync("sure", new PromptOptions("Klopt het? JA of NEE"), ct);
        });
        AddStep(async (step, ct) =>
        {
            var summary = $"{step.GetValue<string>("name")}, {step.GetValue<int>("age")}, {step.GetValue<string>("colour")}, {step.GetValue<DateOnly>("day"):yyyy-MM-dd}";
            await step.Context.SendActivityAsync(step.ResultAs<bool>() ? $"Genoteerd: {summary}" : "Niet genoteerd.", ct);
            return await step.EndDialogAsync(ct);
        });
    }

    public override string? Description => "de vragenlijst";
}

internal sealed class ProbeHandOverDialog() : Dialog("handover")
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, System.Text.Json.Nodes.JsonNode? options, CancellationToken cancellationToken)
    {
        var handOver = StateJson.FromNode<HandOverOptions>(options)!;
        await dc.Context.SendActivityAsync($"Overgedragen ({handOver.Reason}, {handOver.Description}, laatste: {handOver.LastMessage})", cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>Runs the questionnaire; "boom" makes the turn fail.</summary>
internal sealed class QuestionnaireBot : IBot
{
    private readonly DialogSet _dialogs;

    public QuestionnaireBot(ConversationState conversationState)
    {
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("dialogs")) { HandOverDialogId = "handover" };
        _dialogs.Add(new QuestionnaireDialog()).Add(new ProbeHandOverDialog());
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (turnContext.Activity.Text == "boom")
        {
            throw new InvalidOperationException("a bug in a dialog");
        }

        if ((await dc.ContinueDialogAsync(cancellationToken)).Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync("questionnaire", null, cancellationToken);
        }
    }
}

/// <summary>Counts the turns of a conversation in conversation state and answers the count.</summary>
internal sealed class CounterBot(ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<Counter> _counter = conversationState.CreateProperty<Counter>("counter");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var counter = await _counter.GetAsync(turnContext, () => new Counter(), cancellationToken);
        counter.Turns++;
        await Task.Delay(10, cancellationToken); // widen the read-modify-write window so the two hosts really race
        await turnContext.SendActivityAsync(counter.Turns.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    internal sealed class Counter
    {
        public int Turns { get; set; }
    }
}

/// <summary>Records how many turns of each conversation run at the same moment.</summary>
internal sealed class OverlapProbe
{
    private readonly Dictionary<string, int> _running = [];
    private int _runningOverall;

    public int MaxPerConversation { get; private set; }

    public int MaxOverall { get; private set; }

    public IDisposable Enter(string conversation)
    {
        lock (this)
        {
            _running[conversation] = _running.GetValueOrDefault(conversation) + 1;
            _runningOverall++;
            MaxPerConversation = Math.Max(MaxPerConversation, _running[conversation]);
            MaxOverall = Math.Max(MaxOverall, _runningOverall);
        }

        return new Exit(this, conversation);
    }

    private sealed class Exit(OverlapProbe probe, string conversation) : IDisposable
    {
        public void Dispose()
        {
            lock (probe)
            {
                probe._running[conversation]--;
                probe._runningOverall--;
            }
        }
    }
}

internal sealed class SlowBot(OverlapProbe probe) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        using (probe.Enter(turnContext.Activity.ConversationId))
        {
            await Task.Delay(15, cancellationToken);
        }

        await turnContext.SendActivityAsync("klaar", cancellationToken);
    }
}
