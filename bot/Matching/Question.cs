namespace BuurtBot.Matching;

/// <summary>
/// The bot asking one neighbour about one request ("Kunt u voor haar koken? Antwoord JA of NEE."). A person has
/// at most one asked question at a time; further ones wait their turn, so a bare "ja" always answers one thing.
/// </summary>
public sealed class Question
{
    private Question()
    {
    }

    public long Id { get; private set; }

    public long RequestId { get; private set; }

    /// <summary>The request (set when both are new in the same turn; the key follows on saving).</summary>
    public Requests.Request? Request { get; private set; }

    public QuestionKind Kind { get; private set; }

    public long MemberId { get; private set; }

    public long? OfferId { get; private set; }

    public QuestionStatus Status { get; private set; }

    public int Wave { get; private set; }

    /// <summary>The question as it is (or will be) sent.</summary>
    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AskedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public static Question For(Requests.Request request, QuestionKind kind, long memberId, long? offerId, int wave, string text, DateTimeOffset at) => new()
    {
        Request = request,
        RequestId = request.Id,
        Kind = kind,
        MemberId = memberId,
        OfferId = offerId,
        Wave = wave,
        Text = text,
        Status = QuestionStatus.Waiting,
        CreatedAt = at,
    };

    /// <summary>The question's text names people; it goes when one of them has their data removed (or after the retention period).</summary>
    public void Forget() => Text = "";

    public void Ask(DateTimeOffset at)
    {
        Status = QuestionStatus.Asked;
        AskedAt = at;
    }

    public void Answer(bool yes, DateTimeOffset at)
    {
        Status = yes ? QuestionStatus.Yes : QuestionStatus.No;
        AnsweredAt = at;
    }

    /// <summary>No longer needed (someone else said yes, the request was cancelled or escalated).</summary>
    public void Close(QuestionStatus status, DateTimeOffset at)
    {
        Status = status;
        AnsweredAt ??= at;
    }
}
