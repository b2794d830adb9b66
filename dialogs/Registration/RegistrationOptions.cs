namespace BuurtBot.Dialogs.Registration;

/// <summary>
/// How to register: the first question's lead-in, what the first message already said, whether to ask everything
/// again (after "opnieuw"), and whether the member's own address is needed (not for a carer asking for someone else).
/// </summary>
public sealed record RegistrationOptions(string Welcome, string? NameHint = null, string? PostcodeHint = null, bool AskAll = false)
{
    public bool NeedsAddress { get; init; } = true;
}
