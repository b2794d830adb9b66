using BuurtBot.Dialogs.Members;

namespace BuurtBot.Members;

/// <summary>The lookup used while no address service is configured: it knows no streets, so the bot asks.</summary>
internal sealed class UnknownAddressLookup : IAddressLookup
{
    public Task<string?> FindStreetAsync(string postcode, string houseNumber, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
