using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;

namespace BuurtBot.Members;

/// <summary>A person known by phone number (E.164), whichever channel they use.</summary>
public sealed class Member
{
    private Member()
    {
    }

    public long Id { get; private set; }

    public string Phone { get; private set; } = "";

    public string? FirstName { get; private set; }

    public string? Postcode { get; private set; }

    public string? HouseNumber { get; private set; }

    public string? Street { get; private set; }

    public DateTimeOffset? SharingConsentAt { get; private set; }

    public bool SharingConsentAnswered { get; private set; }

    public DateTimeOffset? OptedOutAt { get; private set; }

    /// <summary>Where notifications go: the channel the member used last.</summary>
    public Channel LastChannel { get; private set; }

    public UsedChannels Channels { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>The person's last WhatsApp message: free text may be sent for 24 hours after it.</summary>
    public DateTimeOffset? LastWhatsAppAt { get; private set; }

    public MemberRoles Roles { get; private set; }

    /// <summary>A coordinator checked this helper: only vetted helpers are asked for help inside a home or car.</summary>
    public bool Vetted { get; private set; }

    /// <summary>No questions from the bot until this moment ("even geen berichten tot 1 mei").</summary>
    public DateTimeOffset? PausedUntil { get; private set; }

    /// <summary>When the member, having been helped, was invited once to offer something back.</summary>
    public DateTimeOffset? InvitedToGiveBackAt { get; private set; }

    /// <summary>When the member had their personal data removed ("verwijder mijn gegevens"); the row stays as an anonymous count.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>The phone number an erased member's row holds instead of theirs: unique, and never a number.</summary>
    public static string ErasedPhone(long id) => $"erased:{id}";

    public static Member FirstContact(string phone, Channel channel, DateTimeOffset at) => new()
    {
        Phone = phone,
        LastChannel = channel,
        Channels = channel.ToFlag(),
        CreatedAt = at,
        LastSeenAt = at,
        LastWhatsAppAt = channel == Channel.WhatsApp ? at : null,
    };

    public void Seen(Channel channel, DateTimeOffset at)
    {
        LastChannel = channel;
        Channels |= channel.ToFlag();
        if (at > LastSeenAt)
        {
            LastSeenAt = at;
        }

        if (channel == Channel.WhatsApp && (LastWhatsAppAt is null || at > LastWhatsAppAt))
        {
            LastWhatsAppAt = at;
        }
    }

    public void Rename(string firstName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        FirstName = firstName.Trim();
    }

    public void MoveTo(Address address)
    {
        Postcode = address.Postcode;
        HouseNumber = address.HouseNumber;
        Street = address.Street;
    }

    public void AnswerSharingConsent(bool consent, DateTimeOffset at)
    {
        SharingConsentAnswered = true;
        SharingConsentAt = consent ? at : null;
    }

    public void OptOut(DateTimeOffset at) => OptedOutAt ??= at;

    public void TakeRole(MemberRoles role) => Roles |= role;

    public void MarkVetted(bool vetted) => Vetted = vetted;

    public void PauseUntil(DateTimeOffset? until) => PausedUntil = until;

    public bool IsPaused(DateTimeOffset at) => PausedUntil is { } until && at < until;

    /// <summary>Whether the bot may ask this member something now.</summary>
    public bool CanBeAsked(DateTimeOffset at) => OptedOutAt is null && !IsPaused(at);

    public bool InviteToGiveBack(DateTimeOffset at)
    {
        if (InvitedToGiveBackAt is not null)
        {
            return false;
        }

        InvitedToGiveBackAt = at;
        return true;
    }

    public void OptIn() => OptedOutAt = null;

    /// <summary>
    /// Removes everything that identifies the person: number, name, address, consent, pause; nothing is sent to
    /// this row again. What stays is anonymous: when they joined, which roles they had, the channels they used.
    /// </summary>
    public void Erase(DateTimeOffset at)
    {
        Phone = ErasedPhone(Id);
        FirstName = null;
        Postcode = null;
        HouseNumber = null;
        Street = null;
        SharingConsentAt = null;
        SharingConsentAnswered = false;
        OptedOutAt ??= at;
        PausedUntil = null;
        LastWhatsAppAt = null;
        Vetted = false;
        ErasedAt = at;
    }

    /// <summary>"Truus", or "Truus uit de Lindelaan" when the street is known.</summary>
    public string Introduced => Street is null ? FirstName ?? "Een buur" : $"{FirstName} uit de {Street}";

    public MemberProfile ToProfile() => new(Id, Phone, LastChannel)
    {
        FirstName = FirstName,
        Address = Postcode is not null && HouseNumber is not null ? new Address(Postcode, HouseNumber, Street) : null,
        SharingConsentAt = SharingConsentAt,
        SharingConsentAnswered = SharingConsentAnswered,
        OptedOutAt = OptedOutAt,
    };
}
