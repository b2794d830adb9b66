using BuurtBot.Channels.Twilio;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>The recorded webhook bodies in tests/Channels/Payloads.</summary>
internal static class Payloads
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Channels", "Payloads");

    public static IReadOnlyList<string> All() =>
        Directory.GetFiles(Folder, "*.form").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>The payload read the way the endpoints will read it.</summary>
    public static TwilioForm Form(string name)
    {
        var result = TwilioFormReader.Parse(Bytes(name));
        Assert.True(result.Succeeded, $"{name}: {result.Error}");
        return result.Form;
    }
}
