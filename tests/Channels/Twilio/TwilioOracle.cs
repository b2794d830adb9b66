using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Asks the official `twilio` npm package (through Oracle/twilio-oracle.js, one node process per batch)
/// for signatures, validations and body hashes.
/// </summary>
internal static class TwilioOracle
{
    public static async Task<IReadOnlyList<string>> SignAsync(IEnumerable<SignatureCase> cases)
    {
        var answer = await AskAsync(new JsonObject { ["sign"] = new JsonArray(cases.Select(ToJson).ToArray()) });
        return answer["sign"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
    }

    public static async Task<IReadOnlyList<bool>> ValidateAsync(IEnumerable<(SignatureCase Case, string Signature)> checks)
    {
        var items = checks.Select(c =>
        {
            var json = ToJson(c.Case);
            json["signature"] = c.Signature;
            return (JsonNode)json;
        });
        var answer = await AskAsync(new JsonObject { ["check"] = new JsonArray(items.ToArray()) });
        return answer["check"]!.AsArray().Select(s => s!.GetValue<bool>()).ToArray();
    }

    public static async Task<string> BodyHashAsync(string body)
    {
        var answer = await AskAsync(new JsonObject { ["bodyHash"] = new JsonArray(body) });
        return answer["bodyHash"]![0]!.GetValue<string>();
    }

    private static async Task<JsonNode> AskAsync(JsonObject request)
    {
        await TwilioPeer.EnsureInstalledAsync();
        var output = await TwilioPeer.RunAsync("node", [TwilioPeer.OracleScript], request.ToJsonString());
        return JsonNode.Parse(output) ?? throw new InvalidOperationException("twilio-oracle.js printed nothing.");
    }

    /// <summary>The Node library's params: one string per name, an array for a repeated name.</summary>
    private static JsonObject ToJson(SignatureCase c)
    {
        var parameters = new JsonObject();
        foreach (var group in c.Fields.GroupBy(f => f.Key, StringComparer.Ordinal))
        {
            var values = group.Select(f => f.Value).ToArray();
            parameters[group.Key] = values.Length == 1 ? JsonValue.Create(values[0]) : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }

        return new JsonObject { ["token"] = c.Token, ["url"] = c.Url, ["params"] = parameters };
    }
}
