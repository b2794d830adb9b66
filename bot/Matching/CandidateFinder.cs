using BuurtBot.Data;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// Who to ask about a request, best first. Meals: cooks with a fitting offer (the day, portions left, a diet that
/// suits, brought when it must be), then other cooks nearby. Loans: lenders nearest first, those who listed the
/// thing before others. Help: helpers for that kind of help on that day within the distance they travel, and for
/// help inside a home or car only helpers a coordinator vetted.
/// </summary>
internal sealed class CandidateFinder(
    BuurtBotDbContext db, IDistance distance, IOptions<MatchingOptions> options, IOptions<NeighbourhoodOptions> neighbourhoods)
{
    public async Task<IReadOnlyList<Candidate>> FindAsync(
        Request request, string? postcode, IReadOnlySet<long> exclude, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var role = request.Kind switch
        {
            RequestKind.Meal => MemberRoles.Cook,
            RequestKind.Loan => MemberRoles.Lender,
            _ => MemberRoles.Helper,
        };

        var members = await NearbyAsync(role, postcode, request.RequesterId, cancellationToken);
        var eligible = members
            .Where(m => !exclude.Contains(m.Id) && CanBeAsked(m, now))
            .Select(m => (Member: m, Rank: distance.Rank(postcode, m.Postcode)))
            .Where(c => c.Rank is not null)
            .ToDictionary(c => c.Member.Id, c => (c.Member, Rank: c.Rank!.Value));
        if (request.Kind == RequestKind.Meal)
        {
            // A cook who called off cooking on that day is not asked to cook that day after all.
            var calledOff = await db.Offers
                .Where(o => o.Kind == RequestKind.Meal && o.Status == OfferStatus.Withdrawn && o.Date == request.Date && eligible.Keys.Contains(o.OffererId))
                .Select(o => o.OffererId)
                .ToListAsync(cancellationToken);
            calledOff.ForEach(id => eligible.Remove(id));
        }

        var offers = await db.Offers
            .Where(o => o.Kind == request.Kind && o.Status == OfferStatus.Active)
            .Where(o => eligible.Keys.Contains(o.OffererId))
            .ToListAsync(cancellationToken);

        return request.Kind switch
        {
            RequestKind.Meal => Meals(request, eligible, offers),
            RequestKind.Loan => Loans(request, eligible, offers),
            _ => Help(request, eligible, offers),
        };
    }

    private List<Candidate> Meals(Request request, Dictionary<long, (Member Member, int Rank)> eligible, List<Offer> offers)
    {
        var maxRank = options.Value.MaxRank;
        var fitting = offers
            .Where(o => MealFits(request, o))
            .Select(o => new Candidate(eligible[o.OffererId].Member, o, eligible[o.OffererId].Rank))
            .Where(c => c.Rank <= maxRank)
            .OrderBy(c => c.Rank).ThenBy(c => c.Offer!.Id)
            .DistinctBy(c => c.Member.Id)
            .ToList();
        var cooks = eligible.Values
            .Where(c => c.Rank <= maxRank && fitting.All(f => f.Member.Id != c.Member.Id))
            .Where(c => !offers.Any(o => o.OffererId == c.Member.Id && o.Date == request.Date)) // cooking something that does not fit
            .OrderBy(c => c.Rank).ThenBy(c => c.Member.Id)
            .Select(c => new Candidate(c.Member, null, c.Rank));
        return [.. fitting, .. cooks];
    }

    private List<Candidate> Loans(Request request, Dictionary<long, (Member Member, int Rank)> eligible, List<Offer> offers)
    {
        var maxRank = options.Value.MaxRank;
        return eligible.Values
            .Where(c => c.Rank <= maxRank)
            .Select(c => new Candidate(c.Member, offers.FirstOrDefault(o => o.OffererId == c.Member.Id && LoanFits(request, o)), c.Rank))
            .OrderBy(c => c.Offer is null ? 1 : 0).ThenBy(c => c.Rank).ThenBy(c => c.Member.Id)
            .ToList();
    }

    private static List<Candidate> Help(Request request, Dictionary<long, (Member Member, int Rank)> eligible, List<Offer> offers)
    {
        return offers
            .Select(o => new Candidate(eligible[o.OffererId].Member, o, eligible[o.OffererId].Rank))
            .Where(c => HelpFits(request, c.Offer!, c.Member, c.Rank))
            .OrderBy(c => c.Rank).ThenBy(c => c.Member.Id)
            .DistinctBy(c => c.Member.Id)
            .ToList();
    }

    /// <summary>Members with the role in or around the postcode's area (the whole town when the distance allows).</summary>
    private async Task<List<Member>> NearbyAsync(MemberRoles role, string? postcode, long requesterId, CancellationToken cancellationToken)
    {
        var query = db.Members.Where(m => (m.Roles & role) == role && m.Id != requesterId && m.OptedOutAt == null && m.Postcode != null);
        if (postcode is { Length: >= 4 } && options.Value.MaxRank < 2)
        {
            var prefix = postcode[..3];
            var area = postcode[..4];
            var named = neighbourhoods.Value.Areas.Where(n => n.Postcodes.Contains(area)).SelectMany(n => n.Postcodes).ToList();
            query = query.Where(m => m.Postcode!.StartsWith(prefix) || named.Contains(m.Postcode.Substring(0, 4)));
        }

        var nearby = await query.ToListAsync(cancellationToken);
        return nearby;
    }

    /// <summary>A cook's meal suits a request: the same day, enough portions left, a diet that suits, brought when it must be.</summary>
    public static bool MealFits(Request request, Offer offer) =>
        offer.Kind == RequestKind.Meal && offer.Status == OfferStatus.Active && offer.Date == request.Date
        && offer.PortionsLeft >= (request.Portions ?? 1) && DietFit.Satisfies(request.Diets, offer.Diets)
        && (request.Delivery != true || offer.Brings != false);

    public static bool LoanFits(Request request, Offer offer) =>
        offer.Kind == RequestKind.Loan && offer.Status == OfferStatus.Active && SameThing(offer.Item, request.Item);

    /// <summary>A helper suits: that kind of help, that day, within their distance, and vetted for help inside a home or car.</summary>
    public static bool HelpFits(Request request, Offer offer, Member helper, int rank) =>
        offer.Kind == RequestKind.Help && offer.Status == OfferStatus.Active
        && request.Category is { } category && offer.Categories.Contains(category)
        && (request.Date is not { } date || offer.Days.Count == 0 || offer.Days.Contains(date.DayOfWeek))
        && rank <= offer.MaxDistance
        && (!HelpCategoryNames.NeedsVettedHelper(category) || helper.Vetted);

    /// <summary>Whether the member may be asked at all: reachable, not paused, with an address they agreed to share.</summary>
    public static bool CanBeAsked(Member member, DateTimeOffset now) =>
        member.CanBeAsked(now) && member.SharingConsentAt is not null && member.Street is not null;

    private static bool SameThing(string? offered, string? wanted) =>
        offered is not null && wanted is not null
        && (offered == wanted || offered.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(offered, StringComparison.Ordinal));
}
