using BuurtBot.Coordination;
using BuurtBot.Inbound;
using BuurtBot.Matching;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Outbox;
using BuurtBot.Requests;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BuurtBot.Tests.Data;

/// <summary>
/// The queries that run on every turn or every poll find their rows through an index (with the migrations
/// matching the model, see <see cref="MigrationsTests"/>, the databases have them too).
/// </summary>
public sealed class HotQueryIndexTests
{
    public static TheoryData<string, Type, string[], string> HotQueries => new()
    {
        // which query, on which entity, the leading columns it needs
        { "outbox: due and claimable messages (every poll of every instance)", typeof(OutboxMessage), ["Status", "NextAttemptAt"], "Sqlite" },
        { "outbox: a claim's own messages", typeof(OutboxMessage), ["ClaimToken"], "Sqlite" },
        { "outbox: one person's messages (simulator, coordinator view)", typeof(OutboxMessage), ["To", "Id"], "Sqlite" },
        { "outbox: a delivery status by Twilio's MessageSid", typeof(OutboxMessage), ["ProviderId"], "Sqlite" },
        { "scheduler: due tasks (every poll of every instance)", typeof(ScheduledTask), ["Status", "DueAt"], "Sqlite" },
        { "scheduler: a claim's own tasks", typeof(ScheduledTask), ["ClaimToken"], "Sqlite" },
        { "scheduler: a request's pending tasks", typeof(ScheduledTask), ["RequestId", "Kind"], "Sqlite" },
        { "inbound: a MessageSid seen before (every webhook)", typeof(InboundReceipt), ["MessageId"], "Sqlite" },
        { "members: who is this phone (every turn)", typeof(Member), ["Phone"], "Sqlite" },
        { "matching: open requests by kind and day", typeof(Request), ["Status", "Kind", "Date"], "Sqlite" },
        { "matching: active offers by kind and day, in an area", typeof(Offer), ["Status", "Kind", "Date", "OffererPostcode"], "Sqlite" },
        { "matching: a requester's open requests", typeof(Request), ["RequesterId", "Status"], "Sqlite" },
        { "matching: help offers for one kind of help in an area", typeof(OfferCategory), ["Category", "OffererPostcode", "OfferId"], "Sqlite" },
        { "matching: lent things whose name contains what is asked", typeof(OfferItemSuffix), ["Suffix", "OffererPostcode", "OfferId"], "Sqlite" },
        { "matching: lent things whose name is part of what is asked, in an area", typeof(Offer), ["Item", "OffererPostcode"], "Sqlite" },
        { "matching: lent things whose name is part of what is asked, in an area", typeof(Offer), ["Item", "OffererPostcode"], "SqlServer" },
        { "matching: help offers for one kind of help in an area", typeof(OfferCategory), ["Category", "OffererPostcode", "OfferId"], "SqlServer" },
        { "matching: lent things whose name contains what is asked", typeof(OfferItemSuffix), ["Suffix", "OffererPostcode", "OfferId"], "SqlServer" },
        { "matching: a member's open questions", typeof(Question), ["MemberId", "Status"], "Sqlite" },
        { "matching: questions asked today (daily limit)", typeof(Question), ["MemberId", "AskedAt"], "Sqlite" },
        { "matching: a request's questions", typeof(Question), ["RequestId", "Status"], "Sqlite" },
        { "state: a conversation's dialog state by key (every turn)", typeof(StateEntry), ["Key"], "Sqlite" },
        { "leases: a conversation's lease by key (every turn)", typeof(ConversationLease), ["Key"], "Sqlite" },
        { "coordinator: the open queue", typeof(CoordinatorItem), ["Closed", "CreatedAt"], "Sqlite" },
        { "outbox: due and claimable messages (every poll of every instance)", typeof(OutboxMessage), ["Status", "NextAttemptAt"], "SqlServer" },
        { "scheduler: due tasks (every poll of every instance)", typeof(ScheduledTask), ["Status", "DueAt"], "SqlServer" },
        { "members: who is this phone (every turn)", typeof(Member), ["Phone"], "SqlServer" },
        { "leases: a conversation's lease by key (every turn)", typeof(ConversationLease), ["Key"], "SqlServer" },
    };

    [Theory]
    [MemberData(nameof(HotQueries))]
    public void A_hot_query_has_an_index_that_leads_with_its_columns(string query, Type entity, string[] columns, string provider)
    {
        using var db = ProviderContexts.For(provider);
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model");

        IEnumerable<IReadOnlyList<IProperty>> keys = type.GetIndexes().Select(i => i.Properties)
            .Concat(type.GetKeys().Select(k => k.Properties));

        Assert.True(
            keys.Any(k => k.Count >= columns.Length && k.Take(columns.Length).Select(p => p.Name).SequenceEqual(columns)),
            $"{query}: no index or key on {type.GetTableName()} starts with ({string.Join(", ", columns)})");
    }

    [Fact]
    public void A_phone_is_one_member()
    {
        using var db = ProviderContexts.For("Sqlite");
        var phone = db.Model.FindEntityType(typeof(Member))!.GetIndexes().Single(i => i.Properties.Select(p => p.Name).SequenceEqual(["Phone"]));
        Assert.True(phone.IsUnique);
    }
}
