using BuurtBot.Data;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Matching;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Privacy;

/// <summary>
/// Removes a member's personal data (AVG/GDPR) in the current unit of work. Their open requests and offers end and
/// the neighbours with an open match hear politely that it does not go ahead; then every text by, to or about them
/// is blanked, unsent messages to them are suppressed, and the member row keeps only anonymous facts.
/// </summary>
internal sealed partial class MemberErasure(
    BuurtBotDbContext db, Matchmaker matchmaker, MatchClosing closing, Notifier notifier, ILogger<MemberErasure> logger) : IMemberErasure
{
    public async Task EraseAsync(long memberId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var member = await db.Members.FindAsync([memberId], cancellationToken)
            ?? throw new InvalidOperationException($"Member {memberId} does not exist.");
        if (member.ErasedAt is not null)
        {
            return;
        }

        var phone = member.Phone;
        await CallOffOwnRequestsAsync(member, at, cancellationToken);
        await CallOffMatchesAsProviderAsync(member, at, cancellationToken);
        await WithdrawOffersAsync(member, cancellationToken);
        await db.FollowOffererAsync(member.Id, null, cancellationToken); // no copy of the postcode stays behind on their offers
        await ForgetTextsAsync(member, phone, at, cancellationToken);
        member.Erase(at);
        LogErased(logger, member.Id);
    }

    private async Task CallOffOwnRequestsAsync(Member requester, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(at);
        var open = await db.Requests
            .Where(r => r.RequesterId == requester.Id && (r.Status == RequestStatus.Open || r.Status == RequestStatus.Matched || r.Status == RequestStatus.Escalated))
            .ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            var name = MatchTexts.Name(request, requester);
            var providerId = request.MatchedMemberId;
            if (!request.Cancel(at))
            {
                continue;
            }

            if (providerId is { } id && await db.Members.FindAsync([id], cancellationToken) is { } provider)
            {
                var day = request.Date is { } date ? $" van {DutchTime.Day(date, today)}" : "";
                await notifier.NotifyAsync(provider, $"{name} heeft de afspraak{day} afgezegd. U hoeft niets meer te doen. Dank u wel!", at, cancellationToken);
                if (request.MatchedOfferId is { } offerId && await db.Offers.FindAsync([offerId], cancellationToken) is { } offer)
                {
                    offer.Change(null, offer.PortionsLeft + (request.Portions ?? 0), null); // the portions are free again
                }
            }

            await matchmaker.CloseOtherQuestionsAsync(request, requester, null, QuestionStatus.Withdrawn, at, cancellationToken);
            await closing.CancelTasksAsync(request, at, cancellationToken);
        }
    }

    /// <summary>Matches where the member was the one who said yes: the requester hears it does not go ahead.</summary>
    private async Task CallOffMatchesAsProviderAsync(Member provider, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(at);
        var matched = await db.Requests.Where(r => r.MatchedMemberId == provider.Id && r.Status == RequestStatus.Matched).ToListAsync(cancellationToken);
        foreach (var request in matched)
        {
            if (!request.Cancel(at))
            {
                continue;
            }

            var requester = await db.Members.SingleAsync(m => m.Id == request.RequesterId, cancellationToken);
            var day = request.Date is { } date ? $" van {DutchTime.Day(date, today)}" : "";
            await notifier.NotifyAsync(
                requester,
                $"Helaas gaat de afspraak met {provider.FirstName ?? "uw buur"}{day} ({request.What}) niet door. Wilt u opnieuw iemand zoeken? Stuur dan een bericht.",
                at,
                cancellationToken);
            await closing.CancelTasksAsync(request, at, cancellationToken);
        }
    }

    private async Task WithdrawOffersAsync(Member offerer, CancellationToken cancellationToken)
    {
        var offers = await db.Offers.Where(o => o.OffererId == offerer.Id && o.Status == OfferStatus.Active).ToListAsync(cancellationToken);
        foreach (var offer in offers)
        {
            offer.Withdraw();
        }
    }

    private async Task ForgetTextsAsync(Member member, string phone, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var request in await db.Requests.Where(r => r.RequesterId == member.Id).ToListAsync(cancellationToken))
        {
            request.Forget();
        }

        var ownRequests = db.Requests.Where(r => r.RequesterId == member.Id).Select(r => r.Id);
        var questions = await db.Questions.Where(q => q.MemberId == member.Id || ownRequests.Contains(q.RequestId)).ToListAsync(cancellationToken);
        foreach (var question in questions)
        {
            if (question.MemberId == member.Id && question.Status is QuestionStatus.Waiting or QuestionStatus.Asked)
            {
                question.Close(QuestionStatus.Withdrawn, at);
            }

            question.Forget();
        }

        foreach (var relayed in await db.RelayedMessages.Where(m => m.FromMemberId == member.Id || m.ToMemberId == member.Id).ToListAsync(cancellationToken))
        {
            relayed.Forget();
        }

        foreach (var item in await db.CoordinatorItems.Where(i => i.MemberId == member.Id).ToListAsync(cancellationToken))
        {
            item.Forget(at);
        }

        var receipts = await db.InboundReceipts.Where(r => r.From == phone).ToListAsync(cancellationToken);
        foreach (var receipt in receipts.Concat(db.InboundReceipts.Local.Where(r => r.From == phone)).Distinct())
        {
            receipt.Forget();
        }

        // Messages to them, alerts to coordinators that quote their number, and neighbours' messages that give their address.
        var address = member.Street is not null && member.HouseNumber is not null ? $"{member.Street} {member.HouseNumber}" : phone;
        var stored = await db.OutboxMessages.Where(m => m.To == phone || m.Text.Contains(phone) || m.Text.Contains(address)).ToListAsync(cancellationToken);
        var stagedNow = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
        foreach (var message in stored.Where(m => !stagedNow.Contains(m)))
        {
            if (message.To == phone)
            {
                message.Forget(at);
            }
            else
            {
                message.PurgeText();
            }
        }

        foreach (var message in stagedNow.Where(m => m.To == phone))
        {
            message.ForgetOnceSent();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} had their personal data removed")]
    private static partial void LogErased(ILogger logger, long memberId);
}
