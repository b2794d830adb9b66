namespace BuurtBot.Dialogs.Understanding;

/// <summary>One day said in a message, from token <see cref="Start"/> to <see cref="End"/> (inclusive).</summary>
internal record struct DateCandidate(int Start, int End, DateOnly Date, DateFlags Flags);
