namespace BuurtBot.Channels.Twilio;

/// <summary>
/// Full-jitter exponential backoff, as the official SDK's autoRetry: attempt n (0-based) waits a random
/// time in [0, min(max, base * 2^n)].
/// </summary>
internal static class TwilioBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        var cap = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt, 0, 30)));
        return TimeSpan.FromMilliseconds(random.NextDouble() * cap);
    }
}
