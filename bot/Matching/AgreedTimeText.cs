using BuurtBot.Dialogs.Language;
using BuurtBot.Offers;
using BuurtBot.Requests;

namespace BuurtBot.Matching;

/// <summary>
/// How a match's time is put: "om 18.00 uur" when the requester or the cook gave it, "rond 18.00 uur" when nobody
/// did and the bot filled in the usual time for that part of the day (a proposal both can change through the relay).
/// </summary>
internal static class AgreedTimeText
{
    public static bool IsProposed(Request request, Offer? offer) =>
        request.AgreedTime is not null && request.Time is null && offer?.Time is null;

    /// <summary>" om 18.00 uur", " rond 18.00 uur", or nothing when there is no time.</summary>
    public static string Phrase(Request request, bool proposed) => request.AgreedTime is { } time
        ? $" {(proposed ? "rond" : "om")} {DutchTime.Clock(time)}"
        : "";

    /// <summary>The closing line: how to pass something on, or a different time when the time was only proposed.</summary>
    public static string Relay(string name, bool proposed) =>
        $"{(proposed ? "Andere tijd?" : "Iets doorgeven?")} Stuur: zeg tegen {name} dat ...";
}
