using System.Globalization;
using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Channels.Twilio.Voice;

/// <summary>
/// Where a call is: which Gather this is (for handling each answer once), what answer is expected (so keys can be
/// read: 1 = ja, 2 = nee), and how often in a row the line heard nothing usable. Travels in the Gather's action URL.
/// </summary>
public sealed record VoiceStep(int Step, AnswerKind Expecting, int Tries)
{
    /// <summary>The first answer of a call.</summary>
    public static VoiceStep First { get; } = new(1, AnswerKind.Free, 0);

    public static VoiceStep From(IQueryCollection query) => new(
        int.TryParse(query["step"], NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? Math.Clamp(step, 1, 10_000) : 1,
        Enum.TryParse<AnswerKind>(query["expect"], ignoreCase: true, out var expect) && Enum.IsDefined(expect) ? expect : AnswerKind.Free,
        int.TryParse(query["tries"], NumberStyles.None, CultureInfo.InvariantCulture, out var tries) ? Math.Clamp(tries, 0, 10) : 0);

    /// <summary>The answer after this one was understood.</summary>
    public VoiceStep Next() => new(Step + 1, AnswerKind.Free, 0);

    /// <summary>The same question asked again: the next answer counts one more try.</summary>
    public VoiceStep Again() => new(Step + 1, Expecting, Tries + 1);

    public string ActionPath(string basePath) =>
        $"{basePath}?step={Step.ToString(CultureInfo.InvariantCulture)}&expect={Expecting.ToString().ToLowerInvariant()}&tries={Tries.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>What a key press means for the expected answer: on a yes/no question 1 is yes and 2 is no.</summary>
    public string ReadKeys(string digits) => Expecting switch
    {
        AnswerKind.YesNo when digits == "1" => "ja",
        AnswerKind.YesNo when digits == "2" => "nee",
        AnswerKind.Free when digits == "0" => "medewerker",
        _ => digits,
    };
}
