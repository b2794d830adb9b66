using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>The turn context: carries the activity through middleware and collects what the bot sends.</summary>
public sealed class TurnContext(Activity activity, IActivitySink sink, TimeProvider time) : ITurnContext
{
    private readonly List<Activity> _sent = [];

    public Activity Activity { get; } = activity;

    public TurnState TurnState { get; } = new();

    public bool Responded { get; private set; }

    public IReadOnlyList<Activity> SentActivities => _sent;

    public DateTimeOffset Now => time.GetUtcNow();

    public Task SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply(text, Now), cancellationToken);

    public async Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await sink.SendAsync(activity, cancellationToken);
        _sent.Add(activity);
        if (activity.Recipient == Activity.ConversationId)
        {
            Responded = true;
        }
    }
}
