using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Members;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Outbox;

/// <summary>
/// Messages to other people than the one whose turn it is (a cook asked, a requester told, a reminder): stored in
/// the outbox in the same transaction, on the channel the person used last. A message for the turn's own person is
/// a reply in the turn (on a phone call it is spoken, not a second call). Never for someone who opted out.
/// </summary>
public sealed class Notifier(BuurtBotDbContext db, TurnContextAccessor turn)
{
    public async Task<bool> NotifyAsync(Member to, string text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (to.OptedOutAt is not null)
        {
            return false;
        }

        if (turn.Current is { } current && turn.IsCurrent(to.Phone))
        {
            await current.SendActivityAsync(text, cancellationToken);
            return true;
        }

        db.OutboxMessages.Add(OutboxMessage.From(Activity.Outgoing(to.LastChannel, to.Phone, text, at)));
        return true;
    }

    /// <summary>A number that is not (yet) a member, e.g. the father a carer arranged something for: by SMS to a mobile, else a call.</summary>
    public async Task<bool> NotifyNumberAsync(string phone, string text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.Members.FirstOrDefaultAsync(m => m.Phone == phone, cancellationToken) is { } member)
        {
            return await NotifyAsync(member, text, at, cancellationToken); // their own channel, and never after STOP
        }

        var channel = Dialogs.Members.PhoneNumber.IsDutchMobile(phone) ? Channel.Sms : Channel.Voice;
        db.OutboxMessages.Add(OutboxMessage.From(Activity.Outgoing(channel, phone, text, at)));
        return true;
    }
}
