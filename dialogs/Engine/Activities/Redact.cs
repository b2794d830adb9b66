namespace BuurtBot.Dialogs.Engine.Activities;

/// <summary>Makes identifiers safe for logs: a phone number shows only its last three digits.</summary>
public static class Redact
{
    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) ? "-" : phone.Length <= 3 ? "***" : "***" + phone[^3..];
}
