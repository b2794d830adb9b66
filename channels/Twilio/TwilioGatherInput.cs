namespace BuurtBot.Channels.Twilio;

/// <summary>What a &lt;Gather&gt; heard.</summary>
public enum TwilioGatherInput
{
    /// <summary>Nothing (only reached with actionOnEmptyResult="true").</summary>
    Nothing,
    Speech,
    Digits,
}
