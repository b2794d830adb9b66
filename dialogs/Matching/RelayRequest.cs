namespace BuurtBot.Dialogs.Matching;

/// <summary>"zeg tegen Anna dat ik om 6 uur kom": who the message is for, and the message as written.</summary>
public sealed record RelayRequest(string RecipientName, string Message);
