using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>
/// Twilio's message API as a <see cref="TwilioStub"/> script: accepts sends (refusing every n-th with 500 and 429 in
/// turn when asked to), keeps what it accepted, and lists it on GET Messages.json?To=..., as Twilio does, with the
/// time each was created on <paramref name="clock"/> (the bot's own clock: the real one for a bot process).
/// </summary>
internal sealed class RecordingTwilio(int refuseEvery = 0, TimeProvider? clock = null)
{
    private int _sends;
    private int _refused;

    /// <summary>Accepted sends: SID to (recipient, body).</summary>
    public ConcurrentDictionary<string, (string To, string Body)> Accepted { get; } = new();

    /// <summary>When each accepted send was created, as Twilio reports it (its real time, whole seconds).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _created = new();

    public int Refused => _refused;

    public async Task HandleAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var to = http.Request.Query["To"].ToString();
            var messages = Accepted.Where(m => m.Value.To == to).Select(m => new Dictionary<string, string?>
            {
                ["sid"] = m.Key, ["to"] = m.Value.To, ["body"] = m.Value.Body, ["date_created"] = _created[m.Key].ToString("r", CultureInfo.InvariantCulture),
            });
            await TwilioStub.Json(200, JsonSerializer.Serialize(new { messages }))(http);
            return;
        }

        var form = await http.Request.ReadFormAsync();
        if (refuseEvery > 0 && Interlocked.Increment(ref _sends) % refuseEvery == 0)
        {
            var status = Interlocked.Increment(ref _refused) % 2 == 0 ? 500 : 429;
            await TwilioStub.Error(status, status == 500 ? 20500 : 20429, "refused")(http);
            return;
        }

        var sid = "SM" + Guid.NewGuid().ToString("N");
        _created[sid] = (clock ?? TimeProvider.System).GetUtcNow();
        Accepted[sid] = (form["To"].ToString(), form["Body"].ToString());
        await TwilioStub.Json(201, TwilioStub.Created(sid))(http);
    }
}
