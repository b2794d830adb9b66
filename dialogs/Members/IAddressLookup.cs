namespace BuurtBot.Dialogs.Members;

/// <summary>
/// Finds the street of a postcode and house number (a BAG/PDOK service in production). Returns null when it
/// does not know; the conversation then asks for the street.
/// </summary>
public interface IAddressLookup
{
    Task<string?> FindStreetAsync(string postcode, string houseNumber, CancellationToken cancellationToken);
}
