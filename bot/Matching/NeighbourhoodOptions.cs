namespace BuurtBot.Matching;

/// <summary>Named neighbourhoods (section "Neighbourhoods"): a name and the four-digit postcode areas it covers.</summary>
public sealed class NeighbourhoodOptions
{
    public const string Section = "Neighbourhoods";

    public List<Neighbourhood> Areas { get; set; } = [];

    public sealed class Neighbourhood
    {
        public string Name { get; set; } = "";

        public List<string> Postcodes { get; set; } = [];
    }
}
