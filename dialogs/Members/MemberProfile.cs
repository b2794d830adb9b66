using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Members;

/// <summary>What the conversations know of a member.</summary>
public sealed record MemberProfile(long Id, string Phone, Channel LastChannel)
{
    public string? FirstName { get; init; }

    public Address? Address { get; init; }

    /// <summary>When the member agreed that first name and street may go to a matched neighbour.</summary>
    public DateTimeOffset? SharingConsentAt { get; init; }

    /// <summary>Whether the member answered the consent question at all (yes or no).</summary>
    public bool SharingConsentAnswered { get; init; }

    public DateTimeOffset? OptedOutAt { get; init; }

    public bool HasAddress => Address is { Street: not null };
}
