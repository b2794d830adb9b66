using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>Everything one turn needs: the incoming activity, per-turn state, and a way to send.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Values that live for this turn only (cached bot state, recognised meaning).</summary>
    TurnState TurnState { get; }

    /// <summary>True once anything was sent to the sender in this turn.</summary>
    bool Responded { get; }

    /// <summary>What this turn sent so far, to the sender and to anyone else.</summary>
    IReadOnlyList<Activity> SentActivities { get; }

    /// <summary>The time of this turn, from the injected clock.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Sends a message to the person who sent the incoming activity.</summary>
    Task SendActivityAsync(string text, CancellationToken cancellationToken);

    /// <summary>Sends an activity to its recipient (the sender or someone else).</summary>
    Task SendActivityAsync(Activity activity, CancellationToken cancellationToken);
}
