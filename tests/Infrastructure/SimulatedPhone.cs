using System.Net.Http.Json;
using BuurtBot.Channels.Simulator;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>One phone talking to the bot through the simulator API: what it says, and what the bot answers.</summary>
public sealed class SimulatedPhone(HttpClient http, string number, string channel)
{
    public string Number { get; } = number;

    public string Channel { get; } = channel;

    /// <summary>Sends a message and returns the bot's direct replies, in order.</summary>
    public async Task<IReadOnlyList<string>> SaysAsync(string text)
    {
        var response = await http.PostAsJsonAsync("/api/simulator/messages", new { from = Number, channel = Channel, text });
        response.EnsureSuccessStatusCode();
        var turn = await response.Content.ReadFromJsonAsync<SimulatorTurnResponse>();
        Assert.NotNull(turn);
        Assert.All(turn.Replies, r => Assert.Equal(Number, r.To));
        return turn.Replies.Select(r => r.Text).ToArray();
    }

    /// <summary>Sends a message and returns the bot's one reply (failing when it sent none or several).</summary>
    public async Task<string> AsksAsync(string text) => Assert.Single(await SaysAsync(text));

    /// <summary>The text of the last message the bot sent to this phone (replies and notifications alike).</summary>
    public async Task<string> LastMessageAsync() => (await InboxAsync())[^1].Text;

    /// <summary>Everything the bot ever sent to this phone, from the simulator outbox.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> InboxAsync()
    {
        var entries = await http.GetFromJsonAsync<OutboxEntry[]>($"/api/simulator/outbox?to={Uri.EscapeDataString(Number)}");
        return entries ?? [];
    }
}
