namespace BuurtBot.Matching;

/// <summary>A message one side of a match sent the other through the bot; a coordinator can read them.</summary>
public sealed class RelayedMessage
{
    private RelayedMessage()
    {
    }

    public long Id { get; private set; }

    public long RequestId { get; private set; }

    public long FromMemberId { get; private set; }

    public long ToMemberId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public void Forget() => Text = "";

    public static RelayedMessage Between(long requestId, long from, long to, string text, DateTimeOffset at) => new()
    {
        RequestId = requestId,
        FromMemberId = from,
        ToMemberId = to,
        Text = text,
        At = at,
    };
}
