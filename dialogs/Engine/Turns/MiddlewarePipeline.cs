namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>Runs middleware in order, then the bot.</summary>
public static class MiddlewarePipeline
{
    public static Task RunAsync(
        IReadOnlyList<IMiddleware> middleware, ITurnContext turnContext, IBot bot, CancellationToken cancellationToken)
    {
        return Next(0, cancellationToken);

        Task Next(int index, CancellationToken ct) => index == middleware.Count
            ? bot.OnTurnAsync(turnContext, ct)
            : middleware[index].OnTurnAsync(turnContext, c => Next(index + 1, c), ct);
    }
}
