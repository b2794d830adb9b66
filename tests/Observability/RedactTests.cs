using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Tests.Observability;

/// <summary>What may reach a log line: a phone's last three digits at most, also inside a channel's error text.</summary>
public sealed class RedactTests
{
    [Theory]
    [InlineData("The 'To' number +31612345678 is not a valid phone number.", "The 'To' number ***678 is not a valid phone number.")]
    [InlineData("Unreachable: 06 1234 5678 and whatsapp:+31611111111", "Unreachable: ***678 and whatsapp:***111")]
    [InlineData("HTTP 400, code 21211, 3 retries", "HTTP 400, code 21211, 3 retries")]
    [InlineData("", "")]
    public void Phone_numbers_in_an_error_text_keep_only_their_last_three_digits(string text, string expected) =>
        Assert.Equal(expected, Redact.PhonesIn(text));

    [Fact]
    public void A_phone_alone_keeps_its_last_three_digits() => Assert.Equal("***678", Redact.Phone("+31612345678"));
}
