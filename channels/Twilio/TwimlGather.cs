namespace BuurtBot.Channels.Twilio;

/// <summary>
/// The attributes of a &lt;Gather&gt; (CONTRACT §9), with BuurtBot's defaults: speech and keys, Dutch,
/// POST. Null leaves an attribute out (Twilio's default applies).
/// </summary>
/// <param name="Action">Where Twilio posts the result (absolute, or relative to the current document).</param>
public sealed record TwimlGather(string Action)
{
    public string Input { get; init; } = "speech dtmf";

    /// <summary>Must be set: the default en-US transcribes Dutch speech as English.</summary>
    public string Language { get; init; } = TwimlResponse.Dutch;

    public string Method { get; init; } = "POST";

    /// <summary>Stop after this many keys.</summary>
    public int? NumDigits { get; init; }

    /// <summary>Seconds to wait for the first input (Twilio: 5).</summary>
    public int? Timeout { get; init; } = 5;

    /// <summary>Seconds of silence that end speech, or "auto"; use a number when <see cref="SpeechModel"/> is set.</summary>
    public string? SpeechTimeout { get; init; } = "auto";

    /// <summary>Words and phrases to expect (street names, "ja", "nee"); written comma-separated.</summary>
    public IReadOnlyList<string>? Hints { get; init; }

    public string? SpeechModel { get; init; }

    /// <summary>"" disables the finish key (Twilio: #).</summary>
    public string? FinishOnKey { get; init; }

    /// <summary>True: call the action even when nothing was heard (else the verbs after the Gather run).</summary>
    public bool? ActionOnEmptyResult { get; init; }
}
