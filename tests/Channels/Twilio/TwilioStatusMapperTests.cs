using BuurtBot.Channels.Twilio;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Message and call status callbacks (recorded payloads) to records.</summary>
public sealed class TwilioStatusMapperTests
{
    [Theory]
    [InlineData("status-sms-delivered.form", TwilioMessageStatusKind.Delivered, null, true, false)]
    [InlineData("status-sms-undelivered-30003.form", TwilioMessageStatusKind.Undelivered, 30003, true, true)]
    [InlineData("status-whatsapp-failed-63016.form", TwilioMessageStatusKind.Failed, 63016, true, true)]
    [InlineData("status-whatsapp-read.form", TwilioMessageStatusKind.Read, null, true, false)]
    public void Message_status_callbacks_become_records(string payload, TwilioMessageStatusKind kind, int? errorCode, bool terminal, bool failure)
    {
        var form = Payloads.Form(payload);

        Assert.True(TwilioStatusMapper.TryMapMessageStatus(form, out var status, out var error), error);

        Assert.Equal(form["MessageSid"], status.MessageSid);
        Assert.Equal((kind, errorCode, terminal, failure), (status.Status, status.ErrorCode, status.IsTerminal, status.IsFailure));
        Assert.Equal(form["MessageStatus"], status.RawStatus);
    }

    [Fact]
    public void Outside_the_WhatsApp_window_asks_for_a_template()
    {
        TwilioStatusMapper.TryMapMessageStatus(Payloads.Form("status-whatsapp-failed-63016.form"), out var failed, out _);
        TwilioStatusMapper.TryMapMessageStatus(Payloads.Form("status-sms-undelivered-30003.form"), out var undelivered, out _);

        Assert.True(failed!.NeedsTemplate);
        Assert.StartsWith("Failed to send freeform message", failed.ErrorMessage, StringComparison.Ordinal);
        Assert.False(undelivered!.NeedsTemplate);
    }

    [Theory]
    [InlineData("sent", "queued", true)]
    [InlineData("delivered", "sent", true)]
    [InlineData("read", "delivered", true)]
    [InlineData("failed", "sent", true)]
    [InlineData("sent", "delivered", false)]
    [InlineData("delivered", "read", false)]
    [InlineData("queued", "sent", false)]
    [InlineData("delivered", "failed", false)]
    [InlineData("delivered", "delivered", false)]
    [InlineData("something_new", "queued", false)]
    public void Statuses_only_move_forward(string incoming, string current, bool replaces)
    {
        var form = new TwilioForm([new("MessageSid", "SM0123456789abcdef0123456789abcdef"), new("MessageStatus", incoming)]);
        TwilioStatusMapper.TryMapMessageStatus(form, out var status, out _);
        TwilioStatusMapper.TryMapMessageStatus(new TwilioForm([new("MessageSid", "SM0123456789abcdef0123456789abcdef"), new("MessageStatus", current)]), out var now, out _);

        Assert.Equal(replaces, status!.Supersedes(now!.Status));
    }

    [Fact]
    public void Legacy_Sms_fields_are_enough_and_unknown_statuses_are_kept_raw()
    {
        var form = new TwilioForm([new("SmsSid", "SM0123456789abcdef0123456789abcdef"), new("SmsStatus", "brand_new_status")]);

        Assert.True(TwilioStatusMapper.TryMapMessageStatus(form, out var status, out _));
        Assert.Equal((TwilioMessageStatusKind.Unknown, "brand_new_status", false), (status.Status, status.RawStatus, status.IsTerminal));
    }

    [Theory]
    [InlineData("call-status-completed.form", TwilioCallStatusKind.Completed, 3, 47, false)]
    [InlineData("call-status-no-answer.form", TwilioCallStatusKind.NoAnswer, 2, 0, true)]
    public void Call_status_callbacks_become_records(string payload, TwilioCallStatusKind kind, int sequence, int duration, bool notReached)
    {
        var form = Payloads.Form(payload);

        Assert.True(TwilioStatusMapper.TryMapCallStatus(form, out var status, out var error), error);

        Assert.Equal(form["CallSid"], status.CallSid);
        Assert.Equal((kind, (int?)sequence, (int?)duration, true, notReached),
            (status.Status, status.SequenceNumber, status.DurationSeconds, status.IsTerminal, status.NotReached));
    }

    [Theory]
    [InlineData("MessageSid", "", "MessageSid is missing.")]
    [InlineData("MessageSid", "SM12", "MessageSid is not a Twilio SID (two letters and 32 hex digits).")]
    [InlineData("MessageStatus", "", "MessageStatus is missing.")]
    public void Malformed_message_status_callbacks_give_a_reason(string field, string value, string expected)
    {
        var form = new TwilioForm(Payloads.Form("status-sms-delivered.form").Where(f => !f.Key.StartsWith("Sms", StringComparison.Ordinal)));
        form = TwilioMessageMapperTests.WithField(form, field, value);

        Assert.False(TwilioStatusMapper.TryMapMessageStatus(form, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("CallSid", "", "CallSid is missing.")]
    [InlineData("CallSid", "SMe69cb7d2a5a055da80708bac36c369bf", "CallSid is not a call SID (CA and 32 hex digits).")]
    [InlineData("CallStatus", "", "CallStatus is missing.")]
    public void Malformed_call_status_callbacks_give_a_reason(string field, string value, string expected)
    {
        var form = TwilioMessageMapperTests.WithField(Payloads.Form("call-status-completed.form"), field, value);

        Assert.False(TwilioStatusMapper.TryMapCallStatus(form, out _, out var error));
        Assert.Equal(expected, error);
    }
}
