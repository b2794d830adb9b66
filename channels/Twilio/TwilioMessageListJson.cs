namespace BuurtBot.Channels.Twilio;

/// <summary>The page of GET .../Messages.json that BuurtBot reads: the messages, each read leniently.</summary>
internal sealed record TwilioMessageListJson(IReadOnlyList<TwilioMessageListJson.Item>? Messages)
{
    internal sealed record Item(string? Sid, string? To, string? From, string? Body, string? DateCreated);
}
