using BuurtBot.Channels.Twilio;
using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Voice webhooks (recorded payloads): the ringing call and the Gather results.</summary>
public sealed class TwilioVoiceMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_incoming_call_gives_the_caller_and_the_call_sid()
    {
        Assert.True(TwilioVoiceMapper.TryMapIncomingCall(Payloads.Form("voice-incoming-call.form"), out var call, out var error), error);

        Assert.Equal(new TwilioIncomingCall("CA6991eb29b43ac6a18cd05d6c68a301e0", "+31201234567", "+31851234567", "ringing"), call);
    }

    [Fact]
    public void A_withheld_caller_id_is_a_call_without_a_number()
    {
        Assert.True(TwilioVoiceMapper.TryMapIncomingCall(Payloads.Form("voice-incoming-withheld.form"), out var call, out _));
        Assert.Null(call.From);
    }

    [Fact]
    public void Speech_becomes_a_voice_activity_with_its_confidence()
    {
        Assert.True(TwilioVoiceMapper.TryMapGather(Payloads.Form("voice-gather-speech.form"), Now, out var result, out var error), error);

        Assert.Equal(TwilioGatherInput.Speech, result.Input);
        Assert.Equal("CA6991eb29b43ac6a18cd05d6c68a301e0", result.CallSid);
        Assert.Equal(Channel.Voice, result.Activity.Channel);
        Assert.Equal("+31201234567", result.Activity.From);
        Assert.Equal("Ik wil graag een maaltijd voor morgen, voor twee personen.", result.Activity.Text);
        Assert.Equal(0.8765432, result.Activity.SpeechConfidence);
        Assert.Null(result.Activity.Id);
        Assert.Equal(Now, result.Activity.Timestamp);
    }

    [Fact]
    public void Keys_become_a_voice_activity_with_the_digits()
    {
        Assert.True(TwilioVoiceMapper.TryMapGather(Payloads.Form("voice-gather-digits.form"), Now, out var result, out _));

        Assert.Equal((TwilioGatherInput.Digits, "2", (double?)null), (result.Input, result.Activity.Text, result.Activity.SpeechConfidence));
    }

    [Fact]
    public void Nothing_heard_is_an_empty_voice_activity()
    {
        Assert.True(TwilioVoiceMapper.TryMapGather(Payloads.Form("voice-gather-empty.form"), Now, out var result, out _));

        Assert.Equal((TwilioGatherInput.Nothing, ""), (result.Input, result.Activity.Text));
    }

    [Fact]
    public void On_a_call_we_placed_the_person_is_To()
    {
        Assert.True(TwilioVoiceMapper.TryMapGather(Payloads.Form("voice-gather-outbound-speech.form"), Now, out var result, out _));

        Assert.Equal("+31612345678", result.Activity.From);
        Assert.Equal(("Ja, dat klopt.", 0.93), (result.Activity.Text, result.Activity.SpeechConfidence));
    }

    [Theory]
    [InlineData("", 0.0)]
    [InlineData("abc", 0.0)]
    [InlineData("1.5", 0.0)]
    [InlineData("0,9", 0.0)]
    [InlineData("0", 0.0)]
    [InlineData("1", 1.0)]
    public void A_missing_or_odd_confidence_counts_as_zero_or_is_read_invariantly(string confidence, double expected)
    {
        var form = TwilioMessageMapperTests.WithField(Payloads.Form("voice-gather-speech.form"), "Confidence", confidence);

        Assert.True(TwilioVoiceMapper.TryMapGather(form, Now, out var result, out _));
        Assert.Equal(expected, result.Activity.SpeechConfidence);
    }

    [Fact]
    public void Digits_win_when_both_came()
    {
        var form = TwilioMessageMapperTests.WithField(Payloads.Form("voice-gather-speech.form"), "Digits", "1");

        Assert.True(TwilioVoiceMapper.TryMapGather(form, Now, out var result, out _));
        Assert.Equal((TwilioGatherInput.Digits, "1"), (result.Input, result.Activity.Text));
    }

    [Theory]
    [InlineData("voice-gather-speech.form", "CallSid", "", "CallSid is missing.")]
    [InlineData("voice-gather-speech.form", "CallSid", "SMe69cb7d2a5a055da80708bac36c369bf", "CallSid is not a call SID (CA and 32 hex digits).")]
    [InlineData("voice-gather-speech.form", "From", "anonymous", "The caller id is withheld: a voice turn needs the caller's number.")]
    [InlineData("voice-gather-speech.form", "From", "020-1234567", "From is not an E.164 number.")]
    [InlineData("voice-gather-outbound-speech.form", "To", "", "The caller id is withheld: a voice turn needs the caller's number.")]
    public void Malformed_gathers_give_a_reason(string payload, string field, string value, string expected)
    {
        var form = TwilioMessageMapperTests.WithField(Payloads.Form(payload), field, value);

        Assert.False(TwilioVoiceMapper.TryMapGather(form, Now, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("CallSid", "")]
    [InlineData("From", "+31 20 1234567")]
    public void Malformed_incoming_calls_give_a_reason(string field, string value)
    {
        var form = TwilioMessageMapperTests.WithField(Payloads.Form("voice-incoming-call.form"), field, value);

        Assert.False(TwilioVoiceMapper.TryMapIncomingCall(form, out _, out var error));
        Assert.NotNull(error);
    }
}
