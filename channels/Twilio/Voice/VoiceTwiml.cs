using BuurtBot.Channels.Outbound;
using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Channels.Twilio.Voice;

/// <summary>
/// The TwiML of a phone conversation: the bot's replies spoken, then a Gather for the answer (speech or keys, in
/// Dutch) with the question inside it, then what happens when nothing was heard. When the conversation is done,
/// one last "anything else?" and goodbye.
/// </summary>
public static class VoiceTwiml
{
    public const string GatherPath = "/api/twilio/voice/gather";

    private static readonly IReadOnlyList<string> Hints =
        ["ja", "nee", "maaltijd", "lenen", "hulp", "medewerker", "halen", "brengen", "morgen", "vandaag", "overmorgen", "vegetarisch", "stop"];

    /// <param name="step">The step the answer to these replies will be (its number and how often it was tried already).</param>
    public static string Turn(TurnResult result, VoiceStep step, TwilioOptions options, string? lead = null)
    {
        var response = new TwimlResponse();
        var texts = result.Replies.Select(r => r.Text).ToList();
        if (lead is not null)
        {
            texts.Insert(0, lead);
        }

        var offerKeys = step.Tries > 0;
        var spoken = texts.Select(t => SpokenDutch.Speak(t, result.Expecting, offerKeys)).ToList();
        var question = result.ConversationOpen && spoken.Count > 0 ? spoken[^1] : "Kan ik nog iets anders voor u doen? Zeg het maar, of hang gerust op.";
        foreach (var text in result.ConversationOpen ? spoken.Take(spoken.Count - 1) : spoken)
        {
            response.Say(text, options.VoiceName);
        }

        var next = step with { Expecting = result.ConversationOpen ? result.Expecting : AnswerKind.Free };
        var action = options.PublicUrl(next.ActionPath(GatherPath)).ToString();
        response.Gather(Gather(action, result.Expecting, result.ChoiceCount), prompts => prompts.Say(question, options.VoiceName));
        if (result.ConversationOpen)
        {
            response.Say("Ik heb niets gehoord.", options.VoiceName);
            response.Redirect(action);
        }
        else
        {
            response.Say("Dank u wel voor het bellen. Tot ziens.", options.VoiceName);
            response.Hangup();
        }

        return response.ToString();
    }

    /// <summary>The call ends: a last message, then the line is closed.</summary>
    public static string Goodbye(string text, TwilioOptions options) =>
        new TwimlResponse().Say(SpokenDutch.Speak(text), options.VoiceName).Hangup().ToString();

    /// <summary>A message delivered by calling the person: said twice if needed, and a yes/no question answered with keys.</summary>
    public static string OutboundMessage(OutboundMessage message, TwilioOptions options)
    {
        var response = new TwimlResponse();
        var isQuestion = message.Text.Contains("JA of NEE", StringComparison.OrdinalIgnoreCase);
        var spoken = SpokenDutch.Speak(message.Text, isQuestion ? AnswerKind.YesNo : AnswerKind.Free, offerKeys: true);
        response.Say("Goedendag, u wordt gebeld door BuurtBot.", options.VoiceName).Pause();
        if (!isQuestion)
        {
            return response.Say(spoken, options.VoiceName).Pause().Say(spoken, options.VoiceName).Say("Tot ziens.", options.VoiceName).Hangup().ToString();
        }

        var action = options.PublicUrl(new VoiceStep(1, AnswerKind.YesNo, 1).ActionPath(GatherPath)).ToString();
        response.Gather(Gather(action, AnswerKind.YesNo, 0), prompts => prompts.Say(spoken, options.VoiceName));
        return response.Say("Ik heb geen antwoord gehoord. U kunt ons ook een bericht sturen. Tot ziens.", options.VoiceName).Hangup().ToString();
    }

    private static TwimlGather Gather(string action, AnswerKind expecting, int choices) => new(action)
    {
        NumDigits = expecting is AnswerKind.YesNo or AnswerKind.Choice && choices <= 9 ? 1 : null,
        FinishOnKey = expecting is AnswerKind.Number or AnswerKind.Free or AnswerKind.Date ? "#" : null,
        Timeout = 6,
        SpeechTimeout = "auto",
        Hints = Hints,
    };
}
