using BuurtBot.Members;
using BuurtBot.Offers;

namespace BuurtBot.Matching;

/// <summary>A neighbour who could be asked about a request, with the offer that fits (if any) and how near they live.</summary>
public sealed record Candidate(Member Member, Offer? Offer, int Rank);
