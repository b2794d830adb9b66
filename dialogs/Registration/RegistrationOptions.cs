namespace BuurtBot.Dialogs.Registration;

/// <summary>
/// How to register: the first question's lead-in, what the first message already said, and whether to ask
/// everything again (after "opnieuw").
/// </summary>
public sealed record RegistrationOptions(string Welcome, string? NameHint = null, string? PostcodeHint = null, bool AskAll = false);
