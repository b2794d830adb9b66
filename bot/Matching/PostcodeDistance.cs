using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// Distance without geocoding: a configured neighbourhood counts as one area and takes precedence; otherwise the
/// same four-digit postcode area is nearest (0), areas sharing the first three digits are next (1), the rest 2.
/// </summary>
internal sealed class PostcodeDistance(IOptions<NeighbourhoodOptions> options) : IDistance
{
    public int? Rank(string? postcodeA, string? postcodeB)
    {
        if (postcodeA is not { Length: >= 4 } a || postcodeB is not { Length: >= 4 } b)
        {
            return null;
        }

        var areaA = a[..4];
        var areaB = b[..4];
        var neighbourhoods = options.Value.Areas;
        var named = neighbourhoods.FirstOrDefault(n => n.Postcodes.Contains(areaA));
        if (named is not null && named.Postcodes.Contains(areaB))
        {
            return 0;
        }

        if (areaA == areaB)
        {
            return 0;
        }

        return areaA[..3] == areaB[..3] ? 1 : 2;
    }
}
