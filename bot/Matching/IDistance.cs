namespace BuurtBot.Matching;

/// <summary>
/// How near two addresses are, as a rank: 0 same area, 1 neighbouring areas, 2 further in town, null unknown.
/// By postcode today; coordinates from a geocoder can come later behind the same interface.
/// </summary>
public interface IDistance
{
    int? Rank(string? postcodeA, string? postcodeB);
}
