namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>One webhook to sign: auth token, URL as requested, form fields in the order sent.</summary>
internal sealed record SignatureCase(string Name, string Token, string Url, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public override string ToString() => Name;
}
