namespace BuurtBot.Matching;

/// <summary>How the bot looks for neighbours (section "Matching").</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Most questions one person gets from the bot on one day.</summary>
    public int MaxQuestionsPerDay { get; set; } = 3;

    /// <summary>
    /// Neighbours asked at once, per wave. A request with this many open questions is not also put to a neighbour who
    /// offers meanwhile: its next wave asks them first.
    /// </summary>
    public int WaveSize { get; set; } = 3;

    public TimeSpan MealWaveInterval { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan LoanWaveInterval { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan HelpWaveInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A meal request is escalated at this time on the meal's day (the afternoon).</summary>
    public TimeOnly MealDeadline { get; set; } = new(14, 0);

    /// <summary>A loan request is escalated after this long.</summary>
    public TimeSpan LoanDeadline { get; set; } = TimeSpan.FromHours(4);

    /// <summary>A help request is escalated after this long (or the evening before the day, when that is sooner).</summary>
    public TimeSpan HelpDeadline { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The shortest time a request gets before it is escalated (a meal asked for this evening).</summary>
    public TimeSpan MinimumDeadline { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How far neighbours may live from the person a meal or loan is for (0 same area, 1 around it, 2 town).</summary>
    public int MaxRank { get; set; } = 1;

    /// <summary>
    /// The length of the list a search ranks: everyone nearby whose offer fits, and of the others with the role (nearest
    /// first) as many as make it this long, none when those with an offer already do. The others come after everyone
    /// with an offer that fits, and a wave asks a few, so more would not be asked before the request's deadline; a
    /// search stays fast however big the town grows.
    /// </summary>
    public int CandidateLimit { get; set; } = 100;

    /// <summary>How long before the agreed time the reminder goes out on the day.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Someone who answered the bot this recently and is mid-conversation gets no new question until done.</summary>
    public TimeSpan BusyFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after the agreed time the bot asks whether it went well.</summary>
    public TimeSpan FollowUpAfter { get; set; } = TimeSpan.FromHours(3);
}
