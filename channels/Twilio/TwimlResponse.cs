using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// Builds the TwiML BuurtBot answers with (CONTRACT §3, §9): &lt;Message&gt; for SMS/WhatsApp, and
/// &lt;Say&gt;, &lt;Gather&gt;, &lt;Redirect&gt;, &lt;Pause&gt;, &lt;Hangup&gt; for calls. Text is escaped by the
/// XML writer; characters XML cannot hold (control characters) are dropped.
/// </summary>
public sealed class TwimlResponse
{
    public const string Dutch = "nl-NL";
    public const string ContentType = "text/xml; charset=utf-8";

    private readonly XElement _root = new("Response");

    /// <summary>One SMS/WhatsApp reply; several calls give several messages.</summary>
    public TwimlResponse Message(string text)
    {
        _root.Add(new XElement("Message", Clean(text)));
        return this;
    }

    /// <param name="voice">E.g. Polly.Lotte, Google.nl-NL-Standard-A; must speak <paramref name="language"/>.</param>
    /// <param name="loop">Times to repeat; 0 = until hang-up.</param>
    public TwimlResponse Say(string text, string? voice = null, string language = Dutch, int? loop = null)
    {
        _root.Add(SayElement(text, voice, language, loop));
        return this;
    }

    /// <summary>A Gather holding its prompts. Follow it with a fallback: without input the next verbs run.</summary>
    public TwimlResponse Gather(TwimlGather gather, Action<TwimlGatherPrompts> prompts)
    {
        ArgumentNullException.ThrowIfNull(gather);
        var element = new XElement("Gather",
            Attribute("input", gather.Input),
            Attribute("language", gather.Language),
            Attribute("action", gather.Action),
            Attribute("method", gather.Method),
            Attribute("numDigits", gather.NumDigits),
            Attribute("timeout", gather.Timeout),
            Attribute("speechTimeout", gather.SpeechTimeout),
            Attribute("hints", gather.Hints is { Count: > 0 } hints ? string.Join(", ", hints) : null),
            Attribute("speechModel", gather.SpeechModel),
            Attribute("finishOnKey", gather.FinishOnKey),
            Attribute("actionOnEmptyResult", gather.ActionOnEmptyResult is { } empty ? (empty ? "true" : "false") : null));
        prompts(new TwimlGatherPrompts(element));
        _root.Add(element);
        return this;
    }

    /// <summary>Fetch the next TwiML from <paramref name="url"/>; verbs after it never run.</summary>
    public TwimlResponse Redirect(string url, string method = "POST")
    {
        _root.Add(new XElement("Redirect", Attribute("method", method), Clean(url)));
        return this;
    }

    public TwimlResponse Pause(int seconds = 1)
    {
        _root.Add(PauseElement(seconds));
        return this;
    }

    /// <summary>Ends the call; verbs after it never run.</summary>
    public TwimlResponse Hangup()
    {
        _root.Add(new XElement("Hangup"));
        return this;
    }

    /// <summary>The document, with the declaration exactly as Twilio's own library writes it.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = true }))
        {
            _root.Save(xml);
        }

        return text.ToString();
    }

    internal static XElement SayElement(string text, string? voice, string language, int? loop) =>
        new("Say", Attribute("language", language), Attribute("voice", voice), Attribute("loop", loop), Clean(text));

    internal static XElement PauseElement(int seconds) => new("Pause", Attribute("length", seconds));

    private static XAttribute? Attribute(string name, string? value) => value is null ? null : new XAttribute(name, Clean(value));

    private static XAttribute? Attribute(string name, int? value) =>
        value is null ? null : new XAttribute(name, value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Drops what XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    private static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
