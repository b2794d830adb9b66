using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Members;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// The fairness rules of asking: a person has at most one asked question at a time (a second one waits until
/// the first is answered, so a bare "ja" is never ambiguous), and nobody is asked more than a set number of
/// times a day.
/// </summary>
internal sealed class QuestionLedger(
    BuurtBotDbContext db, Notifier notifier, ConversationActivity conversations, TurnContextAccessor turn, IOptions<MatchingOptions> options)
{
    // Nearly every turn reads its person's open questions: compiled once, so a turn does not build and translate it again.
    private static readonly Func<BuurtBotDbContext, long, IAsyncEnumerable<Question>> StoredOpen =
        EF.CompileAsyncQuery((BuurtBotDbContext db, long memberId) =>
            db.Questions.Where(q => q.MemberId == memberId && (q.Status == QuestionStatus.Asked || q.Status == QuestionStatus.Waiting)));

    private readonly Dictionary<long, List<Question>> _open = [];

    /// <summary>
    /// Puts a question to a member: asked now when they have no open question, else waiting its turn. Returns false
    /// when the member already reached today's limit (nothing is stored).
    /// </summary>
    public async Task<bool> PutAsync(Question question, Member member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (question.Kind == QuestionKind.Provide && (await AtDailyLimitAsync([member.Id], now, cancellationToken)).Contains(member.Id))
        {
            return false;
        }

        await PutWithinLimitAsync(question, member, now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Like <see cref="PutAsync"/>, for a member the caller found below today's limit with <see cref="AtDailyLimitAsync"/>
    /// in this turn, before putting them any question (a wave checks its neighbours in one query).
    /// </summary>
    public async Task PutWithinLimitAsync(Question question, Member member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Questions.Add(question);

        // The turn's own person, and someone in the middle of a conversation, get it when they are free.
        if (!turn.IsCurrent(member.Phone) && await FindAskedAsync(member.Id, cancellationToken) is null
            && !await conversations.IsBusyAsync(member.Phone, now, cancellationToken))
        {
            question.Ask(now);
            await notifier.NotifyAsync(member, question.Text, now, cancellationToken);
        }
    }

    /// <summary>The member's open question, if any.</summary>
    public async Task<Question?> FindAskedAsync(long memberId, CancellationToken cancellationToken)
    {
        return (await WithStatusAsync(memberId, QuestionStatus.Asked, cancellationToken)).OrderByDescending(q => q.AskedAt).FirstOrDefault();
    }

    /// <summary>
    /// The member's questions with this status now (asked or waiting): as the turn holds them (what it added or
    /// changed counts, what it deleted does not) and as stored (<see cref="StoredOpenAsync"/>).
    /// </summary>
    private async Task<IEnumerable<Question>> WithStatusAsync(long memberId, QuestionStatus status, CancellationToken cancellationToken)
    {
        var stored = await StoredOpenAsync(memberId, cancellationToken);
        return db.Questions.TrackedWithoutScan(db)
            .Where(q => q.MemberId == memberId && q.Status == status && db.Entry(q).State != EntityState.Deleted)
            .Concat(stored.Where(q => q.Status == status))
            .Distinct();
    }

    /// <summary>
    /// The member's asked and waiting questions as stored, read once per member and turn in one query (a turn that looks
    /// for the member's open question mostly looks for a waiting one next). Loaded rows are the tracked instances: from
    /// then on they carry every change this turn makes, so callers filter them by their status now; questions the turn
    /// added are tracked, not in this list.
    /// </summary>
    private async Task<List<Question>> StoredOpenAsync(long memberId, CancellationToken cancellationToken)
    {
        if (!_open.TryGetValue(memberId, out var stored))
        {
            stored = await StoredOpen(db, memberId).ToListAsync(cancellationToken);
            _open[memberId] = stored;
        }

        return stored;
    }

    /// <summary>
    /// After the member's question was answered or closed: asks their next waiting question that still matters.
    /// Returns its text (for the member's own turn to say), or null.
    /// </summary>
    public async Task<string?> AskNextAsync(long memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAskedAsync(memberId, cancellationToken) is not null)
        {
            return null; // one open question at a time
        }

        if ((await db.Members.FindAsync([memberId], cancellationToken))?.IsPaused(now) == true)
        {
            return null; // on a break
        }

        var waiting = (await WithStatusAsync(memberId, QuestionStatus.Waiting, cancellationToken)).OrderBy(q => q.CreatedAt).ThenBy(q => q.Id).ToList();
        foreach (var next in waiting)
        {
            var request = next.Request ?? await db.Requests.FindAsync([next.RequestId], cancellationToken);
            if (request is null || (next.Kind == QuestionKind.Provide && !request.IsOpen))
            {
                next.Close(QuestionStatus.Withdrawn, now);
                continue;
            }

            next.Ask(now);
            return next.Text;
        }

        return null;
    }

    /// <summary>Like <see cref="AskNextAsync"/>, for a member whose turn it is not: the question is sent to them (unless busy).</summary>
    public async Task SendNextAsync(Member member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await conversations.IsBusyAsync(member.Phone, now, cancellationToken))
        {
            return;
        }

        if (await AskNextAsync(member.Id, now, cancellationToken) is { } text)
        {
            await notifier.NotifyAsync(member, text, now, cancellationToken);
        }
    }

    /// <summary>How many more questions to provide something the member may still get today (one query).</summary>
    public async Task<int> LeftTodayAsync(long memberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Math.Max(0, options.Value.MaxQuestionsPerDay - (await AskedTodayAsync([memberId], now, cancellationToken)).GetValueOrDefault(memberId));

    /// <summary>
    /// Of these members, those who were already asked <see cref="MatchingOptions.MaxQuestionsPerDay"/> times today: one
    /// query for a whole wave's candidates, so a busy day (when many have reached the limit) does not cost a query per
    /// neighbour passed over.
    /// </summary>
    public async Task<IReadOnlySet<long>> AtDailyLimitAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await AskedTodayAsync(memberIds, now, cancellationToken)).Where(x => x.Value >= options.Value.MaxQuestionsPerDay).Select(x => x.Key).ToHashSet();

    /// <summary>Questions to provide something put to each of these members today, stored or added in this turn.</summary>
    private async Task<Dictionary<long, int>> AskedTodayAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return [];
        }

        var startOfDay = DutchTime.At(DutchTime.Today(now), TimeOnly.MinValue);
        // The ids as one parameter (a JSON array): the same SQL whatever their number, rather than up to a hundred
        // parameters that SQLite parsed and bound each time (1.2 ms per query under load).
        var ids = memberIds.ToList();
        var asked = await db.Questions
            .Where(q => EF.Parameter(ids).Contains(q.MemberId) && q.Kind == QuestionKind.Provide && q.CreatedAt >= startOfDay)
            .GroupBy(q => q.MemberId)
            .Select(g => new { MemberId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MemberId, x => x.Count, cancellationToken);
        foreach (var added in AddedProvideQuestions().Where(q => ids.Contains(q.MemberId)))
        {
            asked[added.MemberId] = asked.GetValueOrDefault(added.MemberId) + 1;
        }

        return asked;
    }

    private IEnumerable<Question> AddedProvideQuestions() =>
        db.Questions.TrackedWithoutScan(db).Where(q => q.Kind == QuestionKind.Provide && db.Entry(q).State == EntityState.Added);
}
