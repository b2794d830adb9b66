using System.Diagnostics.CodeAnalysis;

namespace BuurtBot.Channels.Twilio;

/// <summary>A webhook body read into a <see cref="TwilioForm"/>, or why it could not be (answer 400).</summary>
public sealed record TwilioFormReadResult(TwilioForm? Form, string? Error)
{
    [MemberNotNullWhen(true, nameof(Form))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Form is not null;

    public static TwilioFormReadResult Success(TwilioForm form) => new(form, null);

    public static TwilioFormReadResult Failure(string error) => new(null, error);
}
