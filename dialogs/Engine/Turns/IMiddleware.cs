namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>The rest of the pipeline after a middleware.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Cross-cutting work around every turn (opt-out, saving state).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
