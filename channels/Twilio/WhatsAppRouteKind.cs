namespace BuurtBot.Channels.Twilio;

public enum WhatsAppRouteKind
{
    /// <summary>Inside the 24-hour window: any text may go as Body.</summary>
    FreeText,

    /// <summary>Outside the window: only an approved template (ContentSid + ContentVariables).</summary>
    Template,

    /// <summary>Outside the window, no template: send the text as an SMS instead (Dutch mobile numbers).</summary>
    SmsFallback,

    /// <summary>Outside the window, no template, no SMS-capable number: wait for the person to write, or call.</summary>
    None,
}
