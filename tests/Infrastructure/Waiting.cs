using System.Diagnostics;

namespace BuurtBot.Tests.Infrastructure;

/// <summary>Waiting in real time for something that happens on another thread or in another process.</summary>
internal static class Waiting
{
    /// <summary>Until <paramref name="condition"/> holds; fails the test after <paramref name="limit"/>, saying <paramref name="state"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan limit, Func<string>? state = null)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < limit, $"not reached within {limit.TotalSeconds} s {state?.Invoke()}");
            await Task.Delay(20);
        }
    }
}
