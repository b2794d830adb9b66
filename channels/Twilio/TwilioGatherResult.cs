using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// A &lt;Gather&gt; action: the caller's words (or keys) as a Voice <see cref="Activity"/> for the turn.
/// The Activity has no Id: one call has many turns, so dedupe on <see cref="CallSid"/> plus the dialog step.
/// </summary>
public sealed record TwilioGatherResult(string CallSid, TwilioGatherInput Input, Activity Activity);
