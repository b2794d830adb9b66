namespace BuurtBot.Channels.Simulator;

/// <summary>Reads what the bot sent, in order of sending.</summary>
public interface IOutboxReader
{
    Task<IReadOnlyList<OutboxEntry>> ListAsync(string? to, long afterId, int limit, CancellationToken cancellationToken);
}
