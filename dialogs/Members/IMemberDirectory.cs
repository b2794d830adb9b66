using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// The members, by phone number. Changes are staged in the turn and committed with it.
/// </summary>
public interface IMemberDirectory
{
    Task<MemberProfile?> FindAsync(string phone, CancellationToken cancellationToken);

    /// <summary>The member with this number, created on first contact; records the channel they used and when.</summary>
    Task<MemberProfile> GetOrCreateAsync(string phone, Channel channel, DateTimeOffset seenAt, CancellationToken cancellationToken);

    Task<MemberProfile> SetFirstNameAsync(long memberId, string firstName, CancellationToken cancellationToken);

    Task<MemberProfile> SetAddressAsync(long memberId, Address address, CancellationToken cancellationToken);

    Task<MemberProfile> RecordSharingConsentAsync(long memberId, bool consent, DateTimeOffset at, CancellationToken cancellationToken);

    Task OptOutAsync(string phone, DateTimeOffset at, CancellationToken cancellationToken);

    Task OptInAsync(string phone, CancellationToken cancellationToken);

    Task<bool> IsOptedOutAsync(string phone, CancellationToken cancellationToken);
}
