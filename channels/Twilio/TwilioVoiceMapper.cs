using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Channels.Twilio;

/// <summary>Voice webhooks (CONTRACT §9): the incoming call and the &lt;Gather&gt; action.</summary>
public static class TwilioVoiceMapper
{
    /// <summary>What Twilio puts in From when the caller id is withheld.</summary>
    private static readonly string[] Withheld = ["anonymous", "restricted", "unknown", "unavailable", "private", "+266696687"];

    public static bool TryMapIncomingCall(TwilioForm form, [NotNullWhen(true)] out TwilioIncomingCall? call, [NotNullWhen(false)] out string? error)
    {
        call = null;
        if (CallSidError(form) is { } sidError)
        {
            error = sidError;
            return false;
        }

        var from = form["From"];
        string? caller = null;
        if (!IsWithheld(from) && !TwilioAddress.TryParse(from, out _, out caller))
        {
            error = "From is neither an E.164 number nor a withheld caller id.";
            return false;
        }

        call = new TwilioIncomingCall(form["CallSid"]!, caller, form["To"] ?? "", form["CallStatus"] ?? "");
        error = null;
        return true;
    }

    /// <summary>
    /// The person is From on calls they made and To on calls we placed (Direction outbound-api). Digits win
    /// over speech when both came; neither gives an empty text (the dialog says it heard nothing).
    /// </summary>
    public static bool TryMapGather(
        TwilioForm form, DateTimeOffset now, [NotNullWhen(true)] out TwilioGatherResult? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (CallSidError(form) is { } sidError)
        {
            error = sidError;
            return false;
        }

        var outbound = form["Direction"]?.StartsWith("outbound", StringComparison.Ordinal) == true;
        var personField = outbound ? "To" : "From";
        if (!TwilioAddress.TryParse(form[personField], out _, out var person))
        {
            error = IsWithheld(form[personField])
                ? "The caller id is withheld: a voice turn needs the caller's number."
                : $"{personField} is not an E.164 number.";
            return false;
        }

        TwilioGatherInput input;
        string text;
        double? confidence = null;
        if (form.NonEmpty("Digits") is { } digits)
        {
            (input, text) = (TwilioGatherInput.Digits, digits);
        }
        else if (form.NonEmpty("SpeechResult") is { } speech)
        {
            (input, text) = (TwilioGatherInput.Speech, speech);
            confidence = double.TryParse(form["Confidence"], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c is >= 0 and <= 1
                ? c
                : 0;
        }
        else
        {
            (input, text) = (TwilioGatherInput.Nothing, "");
        }

        var activity = Activity.Incoming(Channel.Voice, person, text, now) with { SpeechConfidence = confidence };
        result = new TwilioGatherResult(form["CallSid"]!, input, activity);
        error = null;
        return true;
    }

    private static string? CallSidError(TwilioForm form) =>
        string.IsNullOrEmpty(form["CallSid"]) ? "CallSid is missing."
        : !TwilioSids.IsValid(form["CallSid"], "CA") ? "CallSid is not a call SID (CA and 32 hex digits)."
        : null;

    private static bool IsWithheld(string? from) =>
        string.IsNullOrWhiteSpace(from) || Withheld.Contains(from.Trim(), StringComparer.OrdinalIgnoreCase);
}
