using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;
using BuurtBot.Offers;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Members;

/// <summary>Members in the bot's database; changes are staged and committed at the end of the turn.</summary>
internal sealed class MemberDirectory(BuurtBotDbContext db) : IMemberDirectory
{
    // Every turn looks its person up: compiled once, so a turn does not build and translate the query again.
    private static readonly Func<BuurtBotDbContext, string, CancellationToken, Task<Member?>> ByPhone =
        EF.CompileAsyncQuery((BuurtBotDbContext db, string phone, CancellationToken cancellationToken) => db.Members.FirstOrDefault(m => m.Phone == phone));

    public async Task<MemberProfile?> FindAsync(string phone, CancellationToken cancellationToken) =>
        (await FindEntityAsync(phone, cancellationToken))?.ToProfile();

    public async Task<MemberProfile> GetOrCreateAsync(string phone, Channel channel, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        var member = await FindEntityAsync(phone, cancellationToken);
        if (member is null)
        {
            member = Member.FirstContact(phone, channel, seenAt);
            db.Members.Add(member);
            await db.SaveTurnChangesAsync(cancellationToken); // the member needs its id now
        }
        else
        {
            member.Seen(channel, seenAt);
        }

        return member.ToProfile();
    }

    public Task<MemberProfile> SetFirstNameAsync(long memberId, string firstName, CancellationToken cancellationToken) =>
        ChangeAsync(memberId, m => m.Rename(firstName), cancellationToken);

    public async Task<MemberProfile> SetAddressAsync(long memberId, Address address, CancellationToken cancellationToken)
    {
        var profile = await ChangeAsync(memberId, m => m.MoveTo(address), cancellationToken);
        await db.FollowOffererAsync(memberId, address.Postcode, cancellationToken); // their offers are found in the new area
        return profile;
    }

    public Task<MemberProfile> RecordSharingConsentAsync(long memberId, bool consent, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(memberId, m => m.AnswerSharingConsent(consent, at), cancellationToken);

    public async Task OptOutAsync(string phone, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var member = await FindEntityAsync(phone, cancellationToken);
        if (member is null)
        {
            member = Member.FirstContact(phone, Channel.Sms, at);
            db.Members.Add(member);
        }

        member.OptOut(at);
    }

    public async Task OptInAsync(string phone, CancellationToken cancellationToken) =>
        (await FindEntityAsync(phone, cancellationToken))?.OptIn();

    public async Task<bool> IsOptedOutAsync(string phone, CancellationToken cancellationToken) =>
        (await FindEntityAsync(phone, cancellationToken))?.OptedOutAt is not null;

    private async Task<MemberProfile> ChangeAsync(long memberId, Action<Member> change, CancellationToken cancellationToken)
    {
        var member = await db.Members.FindAsync([memberId], cancellationToken)
            ?? throw new InvalidOperationException($"Member {memberId} does not exist.");
        change(member);
        return member.ToProfile();
    }

    private async Task<Member?> FindEntityAsync(string phone, CancellationToken cancellationToken) =>
        db.Members.TrackedWithoutScan(db).FirstOrDefault(m => m.Phone == phone)
        ?? await ByPhone(db, phone, cancellationToken);
}
