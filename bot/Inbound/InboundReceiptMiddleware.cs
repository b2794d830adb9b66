using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inbound;

/// <summary>
/// Handles each channel message once. The receipt is staged in the turn: if the turn commits, so does the
/// receipt; a second delivery of the same id finds it and does nothing. Two deliveries racing on different
/// instances collide on the receipt's key, and the loser's turn is run again and then finds it.
/// </summary>
internal sealed partial class InboundReceiptMiddleware(BuurtBotDbContext db, ILogger<InboundReceiptMiddleware> logger) : Dialogs.Engine.Turns.IMiddleware
{
    // Runs on every webhook: compiled once, so a turn does not build and translate the query again.
    private static readonly Func<BuurtBotDbContext, string, CancellationToken, Task<bool>> Seen =
        EF.CompileAsyncQuery((BuurtBotDbContext db, string id, CancellationToken cancellationToken) => db.InboundReceipts.Any(r => r.MessageId == id));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Id is not { Length: > 0 } id || activity.IsReprompt)
        {
            await next(cancellationToken);
            return;
        }

        if (await Seen(db, id, cancellationToken))
        {
            LogDuplicate(logger, activity.Channel);
            return;
        }

        db.InboundReceipts.Add(InboundReceipt.For(activity, turnContext.Now));
        await next(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A message on {Channel} was delivered again; it was handled before")]
    private static partial void LogDuplicate(ILogger logger, Channel channel);
}
