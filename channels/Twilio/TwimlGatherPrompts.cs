using System.Xml.Linq;

namespace BuurtBot.Channels.Twilio;

/// <summary>What may play inside a &lt;Gather&gt;: &lt;Say&gt; and &lt;Pause&gt;.</summary>
public sealed class TwimlGatherPrompts
{
    private readonly XElement _gather;

    internal TwimlGatherPrompts(XElement gather) => _gather = gather;

    public TwimlGatherPrompts Say(string text, string? voice = null, string language = TwimlResponse.Dutch)
    {
        _gather.Add(TwimlResponse.SayElement(text, voice, language, loop: null));
        return this;
    }

    public TwimlGatherPrompts Pause(int seconds = 1)
    {
        _gather.Add(TwimlResponse.PauseElement(seconds));
        return this;
    }
}
