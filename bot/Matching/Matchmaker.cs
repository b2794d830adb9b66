using BuurtBot.Data;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Members;
using BuurtBot.Observability;
using BuurtBot.Offers;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using BuurtBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// Connects a request with a neighbour who can help. Placing a request asks the best few candidates; more are
/// asked in waves while nobody has said yes; the first "ja" wins (the request's version makes two yeses at the same
/// moment end in one match); a "nee" moves on to the next; both sides then hear what was agreed.
/// </summary>
internal sealed partial class Matchmaker(
    BuurtBotDbContext db,
    CandidateFinder candidates,
    QuestionLedger questions,
    IDistance distance,
    MatchFollowUps followUps,
    Notifier notifier,
    BuurtBotMetrics metrics,
    IOptions<MatchingOptions> options,
    ILogger<Matchmaker> logger)
{
    /// <summary>A request was just placed (staged in this turn): ask the first wave and set the deadline.</summary>
    public async Task<int> StartAsync(Request request, Member requester, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.Deadline, request.Deadline, request));
        var asked = await AskWaveAsync(request, requester, 1, options.Value.WaveSize, now, cancellationToken);
        LogStarted(logger, request.Kind, asked);
        return asked;
    }

    /// <summary>Nobody said yes yet: ask the next few (scheduled).</summary>
    public async Task NextWaveAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Status != RequestStatus.Open)
        {
            return;
        }

        var requester = await db.Members.SingleAsync(m => m.Id == request.RequesterId, cancellationToken);
        var wave = await db.Questions.Where(q => q.RequestId == request.Id).MaxAsync(q => (int?)q.Wave, cancellationToken) ?? 0;
        await AskWaveAsync(request, requester, wave + 1, options.Value.WaveSize, now, cancellationToken);
    }

    /// <summary>
    /// A neighbour just offered something (staged in this turn): open requests nearby that it suits are put to them,
    /// one question at a time. A request already put to a wave's worth of neighbours (<see cref="MatchingOptions.WaveSize"/>
    /// open questions) is not put to them now: its next wave asks them first (a fitting offer ranks first), and one is
    /// scheduled if none is. Otherwise every helper who offers while a request is open would be asked about it, and when
    /// one says yes all the others would hear "already found" (a load test saw one "ja" send 930 messages).
    /// </summary>
    public async Task OfferPlacedAsync(Offer offer, Member offerer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!CandidateFinder.CanBeAsked(offerer, now))
        {
            return;
        }

        var read = await db.Requests
            .Where(r => r.Kind == offer.Kind && r.Status == RequestStatus.Open && r.RequesterId != offerer.Id)
            .Where(r => !db.Questions.Any(q => q.RequestId == r.Id && q.MemberId == offerer.Id))
            .OrderBy(r => r.Deadline)
            .Take(50)
            .Select(r => new
            {
                Request = r,
                Asking = db.Questions.Count(q => q.RequestId == r.Id && (q.Status == QuestionStatus.Asked || q.Status == QuestionStatus.Waiting)),
                WaveStored = db.ScheduledTasks.Any(t => t.RequestId == r.Id && t.Kind == ScheduledTaskKind.NextWave && t.Status == ScheduledTaskStatus.Pending),
            })
            .ToListAsync(cancellationToken);
        if (read.Count == 0)
        {
            return;
        }

        var left = await questions.LeftTodayAsync(offerer.Id, now, cancellationToken);
        var today = DutchTime.Today(now);
        var terms = OfferTerms.Of(offer);
        var requesterIds = read.Select(x => x.Request.RequesterId).Distinct().ToArray();
        var requesters = await db.Members.Where(m => requesterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var (request, asking, waveStored) in read.Select(x => (x.Request, x.Asking, x.WaveStored)))
        {
            var requester = requesters[request.RequesterId];
            var rank = distance.Rank(request.Beneficiary?.Postcode ?? requester.Postcode, offerer.Postcode);
            var fits = rank is { } r && request.Kind switch
            {
                RequestKind.Meal => r <= options.Value.MaxRank && CandidateFinder.MealFits(request, terms),
                RequestKind.Loan => r <= options.Value.MaxRank && CandidateFinder.LoanFits(request, terms),
                _ => CandidateFinder.HelpFits(request, terms, offerer.Vetted, r),
            };
            if (fits && asking >= options.Value.WaveSize)
            {
                await EnsureNextWaveAsync(request, now, cancellationToken, waveStored);
            }
            else if (fits)
            {
                if (left == 0)
                {
                    break; // asked enough for today: the other requests would be refused the same way
                }

                var text = MatchTexts.Question(request, requester, offer, today);
                await questions.PutWithinLimitAsync(Question.For(request, QuestionKind.Provide, offerer.Id, offer.Id, 1, text, now), offerer, now, cancellationToken);
                left--;
            }
        }
    }

    /// <summary>The member's "ja" or "nee" to the question they were asked; returns what to say back to them.</summary>
    public async Task<IReadOnlyList<string>> AnswerAsync(Question question, Member member, bool yes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == question.RequestId, cancellationToken);
        var requester = await db.Members.SingleAsync(m => m.Id == request.RequesterId, cancellationToken);
        var today = DutchTime.Today(now);
        var replies = new List<string>();
        question.Answer(yes, now);

        if (!yes)
        {
            replies.Add("Geen probleem, dank u wel voor het laten weten.");
            if (request.Status == RequestStatus.Open)
            {
                await AskWaveAsync(request, requester, question.Wave, 1, now, cancellationToken); // the next in line
            }
        }
        else if (await TryMatchAsync(request, question, member, now, cancellationToken))
        {
            var offer = request.MatchedOfferId is { } offerId ? await db.Offers.FindAsync([offerId], cancellationToken) : null;
            var timeProposed = AgreedTimeText.IsProposed(request, offer);
            replies.Add(MatchTexts.ToProvider(request, requester, timeProposed, today));
            await notifier.NotifyAsync(requester, MatchTexts.ToRequester(request, member, timeProposed, today), now, cancellationToken);
            if (request.Beneficiary?.Phone is { } phone)
            {
                await notifier.NotifyNumberAsync(phone, MatchTexts.ToBeneficiary(request, requester, member, timeProposed, today), now, cancellationToken);
            }

            await CloseOtherQuestionsAsync(request, requester, question.Id, QuestionStatus.Arranged, now, cancellationToken);
            followUps.ScheduleAfterMatch(request, now);
            LogMatched(logger, request.Kind, question.Wave);
            metrics.Matched(request.Kind, now - request.CreatedAt);
        }
        else
        {
            question.Close(QuestionStatus.Arranged, now);
            replies.Add($"Dank u wel! Er is al iemand anders gevonden voor {MatchTexts.Name(request, requester)}.");
        }

        if (await questions.AskNextAsync(member.Id, now, cancellationToken) is { } next)
        {
            replies.Add(next);
        }

        return replies;
    }

    /// <summary>
    /// Closes the questions others still have about this request: those asked hear it was arranged (or is no
    /// longer needed), those waiting are dropped, and each gets their next question.
    /// </summary>
    public async Task CloseOtherQuestionsAsync(
        Request request, Member requester, long? except, QuestionStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Questions
            .Where(q => q.RequestId == request.Id && q.Id != except && (q.Status == QuestionStatus.Asked || q.Status == QuestionStatus.Waiting))
            .ToListAsync(cancellationToken);
        foreach (var other in open.Where(q => q.Status is QuestionStatus.Asked or QuestionStatus.Waiting))
        {
            var wasAsked = other.Status == QuestionStatus.Asked;
            other.Close(wasAsked ? status : QuestionStatus.Withdrawn, now);
            if (!wasAsked)
            {
                continue;
            }

            var member = await db.Members.SingleAsync(m => m.Id == other.MemberId, cancellationToken);
            await notifier.NotifyAsync(member, status == QuestionStatus.Arranged ? MatchTexts.Arranged(request, requester) : MatchTexts.NoLongerNeeded(request, requester), now, cancellationToken);
            await questions.SendNextAsync(member, now, cancellationToken);
        }
    }

    private async Task<bool> TryMatchAsync(Request request, Question question, Member member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!request.IsOpen)
        {
            return false;
        }

        Offer? offer = question.OfferId is { } offerId ? await db.Offers.FindAsync([offerId], cancellationToken) : null;
        if (offer is not null && request.Kind == RequestKind.Meal && !offer.TakePortions(request.Portions ?? 1))
        {
            offer = null; // the portions went to someone else meanwhile: the cook said yes all the same
        }

        return request.Match(member.Id, offer?.Id, AgreedTime(request, offer), now);
    }

    private async Task<int> AskWaveAsync(Request request, Member requester, int wave, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var postcode = request.Beneficiary?.Postcode ?? requester.Postcode;
        var askedBefore = (await db.Questions.Where(q => q.RequestId == request.Id).Select(q => q.MemberId).ToListAsync(cancellationToken))
            .Concat(db.Questions.TrackedWithoutScan(db).Where(q => q.Request == request).Select(q => q.MemberId))
            .ToHashSet();
        var found = await candidates.FindAsync(request, postcode, askedBefore, now, cancellationToken);
        var today = DutchTime.Today(now);
        var atLimit = await questions.AtDailyLimitAsync(found.Select(c => c.MemberId).ToList(), now, cancellationToken);
        var chosen = found.Where(c => !atLimit.Contains(c.MemberId)).Take(count).ToList();
        var (members, offers) = await ReadInFullAsync(chosen, cancellationToken);
        var asked = 0;
        foreach (var candidate in chosen)
        {
            Offer? offer = null;
            if (!members.TryGetValue(candidate.MemberId, out var member) || (candidate.OfferId is { } offerId && !offers.TryGetValue(offerId, out offer)))
            {
                continue; // gone since the search (erased, or the offer deleted): not asked
            }

            var text = MatchTexts.Question(request, requester, offer, today);
            await questions.PutWithinLimitAsync(Question.For(request, QuestionKind.Provide, member.Id, offer?.Id, wave, text, now), member, now, cancellationToken);
            asked++;
        }

        if (found.Count > asked)
        {
            await EnsureNextWaveAsync(request, now, cancellationToken);
        }

        return asked;
    }

    /// <summary>
    /// The members and offers a wave asks about, in full (tracked: a member the turn already holds is that instance).
    /// The search ranked them by ids; only these few are read whole.
    /// </summary>
    private async Task<(Dictionary<long, Member> Members, Dictionary<long, Offer> Offers)> ReadInFullAsync(
        List<Candidate> chosen, CancellationToken cancellationToken)
    {
        if (chosen.Count == 0)
        {
            return ([], []);
        }

        var memberIds = chosen.Select(c => c.MemberId).ToList();
        var members = await db.Members.Where(m => EF.Parameter(memberIds).Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var offerIds = chosen.Where(c => c.OfferId is not null).Select(c => c.OfferId!.Value).ToList();
        var offers = offerIds.Count == 0
            ? []
            : await db.Offers.Where(o => EF.Parameter(offerIds).Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        return (members, offers);
    }

    /// <summary>
    /// Schedules the request's next wave, unless one is already pending: stored (the caller may have read that along
    /// with the request) or added in this turn.
    /// </summary>
    private async Task EnsureNextWaveAsync(Request request, DateTimeOffset now, CancellationToken cancellationToken, bool? waveStored = null)
    {
        var pending = db.ScheduledTasks.TrackedWithoutScan(db).Any(t => t.Request == request && t.Kind == ScheduledTaskKind.NextWave && t.Status == ScheduledTaskStatus.Pending)
            || (waveStored ?? (request.Id > 0 && await db.ScheduledTasks.AnyAsync(
                t => t.RequestId == request.Id && t.Kind == ScheduledTaskKind.NextWave && t.Status == ScheduledTaskStatus.Pending, cancellationToken)));
        if (!pending)
        {
            db.ScheduledTasks.Add(ScheduledTask.At(ScheduledTaskKind.NextWave, now + WaveInterval(request.Kind), request));
        }
    }

    private TimeSpan WaveInterval(RequestKind kind) => kind switch
    {
        RequestKind.Meal => options.Value.MealWaveInterval,
        RequestKind.Loan => options.Value.LoanWaveInterval,
        _ => options.Value.HelpWaveInterval,
    };

    /// <summary>
    /// The time for the meal or the help: as asked, else the cook's, else the usual time for that part of the day
    /// (then only a proposal, and said so: see <see cref="AgreedTimeText"/>).
    /// </summary>
    private static TimeOnly? AgreedTime(Request request, Offer? offer) => request.Kind switch
    {
        RequestKind.Meal => request.Time ?? offer?.Time ?? request.PartOfDay switch
        {
            PartOfDay.Morning or PartOfDay.Afternoon => new TimeOnly(12, 30),
            _ => new TimeOnly(18, 0),
        },
        RequestKind.Help => request.Time ?? request.PartOfDay switch
        {
            PartOfDay.Morning => new TimeOnly(10, 0),
            PartOfDay.Afternoon => new TimeOnly(14, 0),
            PartOfDay.Evening => new TimeOnly(19, 0),
            _ => null,
        },
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Kind} request was placed; {Asked} neighbour(s) asked in the first wave")]
    private static partial void LogStarted(ILogger logger, RequestKind kind, int asked);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Kind} request was matched in wave {Wave}")]
    private static partial void LogMatched(ILogger logger, RequestKind kind, int wave);
}
