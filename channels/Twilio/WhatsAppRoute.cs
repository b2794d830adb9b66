namespace BuurtBot.Channels.Twilio;

/// <summary>How a message for a WhatsApp user can go out now.</summary>
/// <param name="ContentSid">The template to use, for <see cref="WhatsAppRouteKind.Template"/>.</param>
/// <param name="WindowClosesAt">When free text stops being allowed; null when it is not allowed now.</param>
public sealed record WhatsAppRoute(WhatsAppRouteKind Kind, string? ContentSid, DateTimeOffset? WindowClosesAt);
