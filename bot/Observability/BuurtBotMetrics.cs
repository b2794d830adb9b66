using System.Diagnostics.Metrics;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Requests;

namespace BuurtBot.Observability;

/// <summary>
/// The bot's own measurements (meter "BuurtBot"), exported for Prometheus at /metrics. Counted where things
/// happen; a turn run again after a write race counts again (rare, and visible as a conflict in the logs).
/// </summary>
public sealed class BuurtBotMetrics
{
    public const string MeterName = "BuurtBot";

    private readonly Counter<long> _turns;
    private readonly Counter<long> _turnsHeld;
    private readonly Counter<long> _messagesSent;
    private readonly Counter<long> _matches;
    private readonly Histogram<double> _timeToMatch;
    private readonly Counter<long> _escalations;
    private readonly Histogram<double> _confidence;

    public BuurtBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("buurtbot.turns", "{turn}", "Messages from people handled as a turn, by channel");
        _turnsHeld = meter.CreateCounter<long>("buurtbot.turns.held", "{turn}", "Turns held back for a while because the outbox was behind");
        _messagesSent = meter.CreateCounter<long>("buurtbot.messages.sent", "{message}", "Outgoing messages handed to a channel, by channel and outcome");
        _matches = meter.CreateCounter<long>("buurtbot.matches", "{match}", "Requests matched with a neighbour, by kind");
        _timeToMatch = meter.CreateHistogram<double>(
            "buurtbot.match.duration", "s", "Time from a request being placed to a neighbour saying yes",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 172800, 604800] });
        _escalations = meter.CreateCounter<long>("buurtbot.escalations", "{item}", "Items handed to coordinators, by reason");
        _confidence = meter.CreateHistogram<double>(
            "buurtbot.understanding.confidence", "1", "How sure the parser was of a message's intent",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0] });
    }

    public void Turn(Channel channel) => _turns.Add(1, new KeyValuePair<string, object?>("channel", channel.ToWire()));

    public void TurnHeld() => _turnsHeld.Add(1);

    public void MessageSent(Channel channel, string status) =>
        _messagesSent.Add(1, new KeyValuePair<string, object?>("channel", channel.ToWire()), new KeyValuePair<string, object?>("status", status));

    public void Matched(RequestKind kind, TimeSpan sincePlaced)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind.ToString().ToLowerInvariant());
        _matches.Add(1, tag);
        _timeToMatch.Record(Math.Max(0, sincePlaced.TotalSeconds), tag);
    }

    /// <summary>A coordinator item: "escalated" (nobody found in time), "distress", "asked-for-coordinator", "prompt:..."</summary>
    public void Escalated(string reason) =>
        _escalations.Add(1, new KeyValuePair<string, object?>("reason", Bucket(reason)));

    public void Understood(double confidence) => _confidence.Record(Math.Clamp(confidence, 0, 1));

    /// <summary>Keeps the label set small: "prompt:meal.day" becomes "prompt".</summary>
    private static string Bucket(string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? reason[..colon] : reason;
    }
}
