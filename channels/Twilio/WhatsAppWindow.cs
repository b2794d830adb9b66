using BuurtBot.Dialogs.Members;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// WhatsApp's customer service window (CONTRACT §7): 24 hours after the person's last message we may send
/// free text; after that only approved templates, else Twilio accepts the message and it fails later with
/// 63016. A small safety margin closes the window early, because a message queued at 23:59 may leave late.
/// </summary>
public static class WhatsAppWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    public static readonly TimeSpan DefaultSafetyMargin = TimeSpan.FromMinutes(10);

    /// <summary>Whether free text is allowed at <paramref name="now"/>; never when the person never wrote.</summary>
    public static bool IsOpen(DateTimeOffset? lastInbound, DateTimeOffset now, TimeSpan? safetyMargin = null) =>
        ClosesAt(lastInbound, safetyMargin) is { } closes && now < closes;

    /// <summary>When the window (minus the margin) closes; null when the person never wrote on WhatsApp.</summary>
    public static DateTimeOffset? ClosesAt(DateTimeOffset? lastInbound, TimeSpan? safetyMargin = null) =>
        lastInbound + Length - (safetyMargin ?? DefaultSafetyMargin);

    /// <summary>
    /// Free text inside the window; outside it the template when one is configured for this message, else an
    /// SMS when the number is a Dutch mobile (+316...), else nothing.
    /// </summary>
    public static WhatsAppRoute Choose(
        string e164, DateTimeOffset? lastInbound, DateTimeOffset now, string? templateContentSid, TimeSpan? safetyMargin = null)
    {
        if (IsOpen(lastInbound, now, safetyMargin))
        {
            return new WhatsAppRoute(WhatsAppRouteKind.FreeText, null, ClosesAt(lastInbound, safetyMargin));
        }

        if (!string.IsNullOrWhiteSpace(templateContentSid))
        {
            return new WhatsAppRoute(WhatsAppRouteKind.Template, templateContentSid, null);
        }

        return PhoneNumber.IsDutchMobile(e164)
            ? new WhatsAppRoute(WhatsAppRouteKind.SmsFallback, null, null)
            : new WhatsAppRoute(WhatsAppRouteKind.None, null, null);
    }
}
