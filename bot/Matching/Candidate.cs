namespace BuurtBot.Matching;

/// <summary>
/// A neighbour who could be asked about a request, with the offer that fits (if any) and how near they live. Ids
/// only: a search ranks many, a wave asks a few, and only those few are read in full (<see cref="Matchmaker"/>).
/// </summary>
public sealed record Candidate(long MemberId, long? OfferId, int Rank);
