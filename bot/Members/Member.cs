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

    public void OptIn() => OptedOutAt = null;

    public MemberProfile ToProfile() => new(Id, Phone, LastChannel)
    {
        FirstName = FirstName,
        Address = Postcode is not null && HouseNumber is not null ? new Address(Postcode, HouseNumber, Street) : null,
        SharingConsentAt = SharingConsentAt,
        SharingConsentAnswered = SharingConsentAnswered,
        OptedOutAt = OptedOutAt,
    };
}
