using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>A fake clock that reports the first timer shorter than <c>below</c>: the client's backoff delay.</summary>
internal sealed class BackoffWatchingTimeProvider(TimeSpan below) : FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))
{
    public TaskCompletionSource<TimeSpan> BackoffStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime <= below)
        {
            BackoffStarted.TrySetResult(dueTime);
        }

        return timer;
    }
}
