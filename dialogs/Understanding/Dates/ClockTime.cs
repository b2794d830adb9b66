namespace BuurtBot.Dialogs.Understanding;

/// <summary>A clock time as written: <see cref="Fixed"/> when it cannot be 12 hours off ("18:30", "08:00").</summary>
internal readonly record struct ClockTime(int Hour, int Minute, bool Fixed);
