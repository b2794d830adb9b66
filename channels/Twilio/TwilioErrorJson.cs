namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio's REST error body: {"code":21211,"message":"…","more_info":"…","status":400}.</summary>
internal sealed record TwilioErrorJson(int? Code, string? Message, string? MoreInfo, int? Status, string? Detail, string? Title);
