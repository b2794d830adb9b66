namespace BuurtBot.Dialogs.Engine.Dialogs;

/// <summary>One step of a waterfall: usually ask one question, or skip it when the answer is known.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
