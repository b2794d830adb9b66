using System.Text.Json;
using System.Text.Json.Serialization;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// The fields BuurtBot reads from a created Message or Call (201). Read leniently: numbers may come as
/// strings (num_segments "1"), anything may be null, unknown fields are ignored.
/// </summary>
internal sealed record TwilioResourceJson(
    string? Sid,
    string? Status,
    int? NumSegments,
    int? ErrorCode,
    string? DateCreated)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        PropertyNameCaseInsensitive = true,
    };
}
