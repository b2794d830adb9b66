using System.Collections.Concurrent;
using BuurtBot.Channels.Outbound;

namespace BuurtBot.Tests.Outbox;

/// <summary>
/// Stands in for Twilio at the edge: answers each message with the next scripted outcome for its recipient
/// (default: sent), and records every send in order.
/// </summary>
internal sealed class ScriptedTransport : IOutboundTransport
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DeliveryAttempt>> _scripts = new();
    private readonly ConcurrentQueue<OutboundMessage> _sent = new();
    private int _inFlight;

    public IReadOnlyList<OutboundMessage> Sends => [.. _sent];

    public int MaxInFlight { get; private set; }

    public TimeSpan Delay { get; init; }

    /// <summary>When set, every send waits for it first: Twilio taking its time.</summary>
    public Task? Gate { get; init; }

    /// <summary>What the channel says it already took, by recipient: asked before sending again a message that may have gone out.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<string>> AlreadyTaken { get; } = new();

    public int Lookups => _lookups;

    private int _lookups;

    public Task<IReadOnlyList<string>?> FindSentAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(AlreadyTaken.TryGetValue(message.To, out var sids) ? sids : (IReadOnlyList<string>?)[]);
    }

    public void Script(string to, params DeliveryAttempt[] outcomes)
    {
        var queue = _scripts.GetOrAdd(to, _ => new ConcurrentQueue<DeliveryAttempt>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    public async Task<DeliveryAttempt> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _inFlight);
        lock (_sent)
        {
            MaxInFlight = Math.Max(MaxInFlight, running);
        }

        try
        {
            if (Gate is not null)
            {
                await Gate.WaitAsync(cancellationToken);
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            _sent.Enqueue(message);
            return _scripts.TryGetValue(message.To, out var queue) && queue.TryDequeue(out var outcome)
                ? outcome
                : DeliveryAttempt.Sent($"SM{message.Id:D32}");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
