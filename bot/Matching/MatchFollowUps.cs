using BuurtBot.Data;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Members;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using BuurtBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// After a match: a reminder on the day (meal time, help appointment), a return reminder for loans, and afterwards
/// one short question to the requester whether it went well (ja/nee or 1 to 5), kept as a reference on the cook or
/// helper. A requester is invited once to offer something back.
/// </summary>
internal sealed class MatchFollowUps(BuurtBotDbContext db, Notifier notifier, QuestionLedger questions, IOptions<MatchingOptions> options)
{
    public void ScheduleAfterMatch(Request request, DateTimeOffset now)
    {
        if (request.Date is { } date && request.AgreedTime is { } time)
        {
            var moment = DutchTime.At(date, time);
            if (moment - options.Value.ReminderBefore > now)
            {
                db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.Reminder, moment - options.Value.ReminderBefore, request));
            }

            db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.FollowUp, Later(moment + options.Value.FollowUpAfter, now), request));
        }
        else if (request.Kind == RequestKind.Loan)
        {
            var back = request.Until ?? request.Date?.AddDays(7) ?? DutchTime.Today(now).AddDays(7);
            db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.ReturnReminder, Later(DutchTime.At(back, new TimeOnly(9, 0)), now), request));
            db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.FollowUp, Later(DutchTime.At(back, new TimeOnly(18, 0)), now), request));
        }
        else
        {
            db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.FollowUp, now + TimeSpan.FromDays(1), request));
        }
    }

    public async Task RemindAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Status != RequestStatus.Matched || request.MatchedMemberId is not { } providerId)
        {
            return;
        }

        var (requester, provider) = await BothAsync(request, providerId, cancellationToken);
        var offer = request.MatchedOfferId is { } offerId ? await db.Offers.FindAsync([offerId], cancellationToken) : null;
        var phrase = AgreedTimeText.Phrase(request, AgreedTimeText.IsProposed(request, offer)).TrimStart();
        var time = phrase.Length == 0 ? "" : $"{phrase} ";
        var name = MatchTexts.Name(request, requester);
        var (street, number) = request.Beneficiary is { } b ? (b.Street, b.HouseNumber) : (requester.Street, requester.HouseNumber);
        var (toProvider, toRequester) = request.Kind == RequestKind.Meal
            ? request.Delivery == true
                ? ($"Herinnering: vandaag {time}brengt u het eten naar {name}, {street} {number}.", $"Herinnering: vandaag {time}brengt {provider.FirstName} het eten.")
                : ($"Herinnering: vandaag {time}haalt {name} het eten bij u op.", $"Herinnering: vandaag {time}kunt u het eten ophalen bij {provider.FirstName}, {provider.Street} {provider.HouseNumber}.")
            : ($"Herinnering: vandaag {time}helpt u {name}, {street} {number}.", $"Herinnering: vandaag {time}komt {provider.FirstName} helpen.");
        await notifier.NotifyAsync(provider, toProvider, now, cancellationToken);
        await notifier.NotifyAsync(requester, toRequester, now, cancellationToken);
    }

    public async Task RemindReturnAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Status != RequestStatus.Matched || request.MatchedMemberId is not { } providerId)
        {
            return;
        }

        var (requester, provider) = await BothAsync(request, providerId, cancellationToken);
        await notifier.NotifyAsync(requester, $"Herinnering: vandaag gaat de {request.Item} terug naar {provider.FirstName}, {provider.Street} {provider.HouseNumber}.", now, cancellationToken);
    }

    /// <summary>Asks the requester whether it went well (their answer comes back as a follow-up question's answer).</summary>
    public async Task AskHowItWentAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Status != RequestStatus.Matched || request.MatchedMemberId is not { } providerId)
        {
            return;
        }

        var (requester, provider) = await BothAsync(request, providerId, cancellationToken);
        var what = request.Kind switch
        {
            RequestKind.Meal => $"de maaltijd van {provider.FirstName}",
            RequestKind.Loan => $"het lenen bij {provider.FirstName}",
            _ => $"de hulp van {provider.FirstName}",
        };
        var text = $"Is het goed gegaan met {what}? Antwoord JA of NEE, of geef een cijfer van 1 tot 5.";
        await questions.PutAsync(Question.For(request, QuestionKind.FollowUp, requester.Id, null, 0, text, now), requester, now, cancellationToken);
    }

    /// <summary>The requester's answer to "is het goed gegaan?": the rating is kept, and once they are invited to give back.</summary>
    public async Task<IReadOnlyList<string>> RecordHowItWentAsync(Question question, Member requester, int rating, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == question.RequestId, cancellationToken);
        question.Answer(rating >= 3, now);
        request.Complete(rating, now);
        var replies = new List<string>
        {
            rating >= 3 ? "Fijn om te horen, dank u wel!" : "Dank u wel voor het laten weten. Een medewerker kijkt ernaar.",
        };
        if (rating < 3)
        {
            db.CoordinatorItems.Add(Coordination.CoordinatorItem.Open(
                requester.Id, "poor-experience", $"Cijfer {rating} voor {request.What} (verzoek {request.Id}).", now));
        }

        if (requester.InviteToGiveBack(now))
        {
            replies.Add("Wilt u zelf ook eens iets aanbieden? Een maaltijd, iets om te lenen of een handje hulp. Stuur bijvoorbeeld: ik kook zaterdag 2 porties.");
        }

        return replies;
    }

    private async Task<(Member Requester, Member Provider)> BothAsync(Request request, long providerId, CancellationToken cancellationToken)
    {
        var requester = await db.Members.SingleAsync(m => m.Id == request.RequesterId, cancellationToken);
        var provider = await db.Members.SingleAsync(m => m.Id == providerId, cancellationToken);
        return (requester, provider);
    }

    private static DateTimeOffset Later(DateTimeOffset moment, DateTimeOffset now) => moment > now ? moment : now + TimeSpan.FromHours(1);
}
