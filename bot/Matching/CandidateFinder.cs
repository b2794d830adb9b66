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

        var (members, offers) = await NearbyWithOffersAsync(request, role, postcode, exclude, cancellationToken);
        var eligible = members
            .Where(m => !exclude.Contains(m.Id) && CanBeAsked(m, now))
            .Select(m => (Member: m, Rank: distance.Rank(postcode, m.Postcode)))
            .Where(c => c.Rank is not null)
            .ToDictionary(c => c.Member.Id, c => (c.Member, Rank: c.Rank!.Value));
        if (request.Kind == RequestKind.Meal)
        {
            // A cook who called off cooking on that day is not asked to cook that day after all.
            var calledOff = await db.Offers
                .Where(o => o.Kind == RequestKind.Meal && o.Status == OfferStatus.Withdrawn && o.Date == request.Date
                    && EF.Parameter(eligible.Keys.ToList()).Contains(o.OffererId))
                .Select(o => o.OffererId)
                .ToListAsync(cancellationToken);
            calledOff.ForEach(id => eligible.Remove(id));
        }

        offers.RemoveAll(o => !eligible.ContainsKey(o.OffererId));
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

    /// <summary>
    /// The members worth ranking and their active offers of the kind. Nearby (the same three postcode digits) without
    /// named neighbourhoods, the search is bounded: everyone with an offer that could fit (by kind, and for meals the
    /// day, for loans the thing), and of the others with the role only the first <see cref="MatchingOptions.CandidateLimit"/>
    /// in postcode order, the same area before the rest, read through the postcode index. So the work grows with the offers that
    /// could fit, not with the town; for help, whom only an offer makes a candidate, none of the others. Otherwise everyone
    /// with the role in reach is read (a small town, or the whole town).
    /// </summary>
    private async Task<(List<Member> Members, List<Offer> Offers)> NearbyWithOffersAsync(
        Request request, MemberRoles role, string? postcode, IReadOnlySet<long> exclude, CancellationToken cancellationToken)
    {
        var askable = db.Members.AsNoTracking().Where(m => (m.Roles & role) == role && m.Id != request.RequesterId && m.OptedOutAt == null
            && m.Postcode != null && m.SharingConsentAt != null && m.Street != null);
        var activeOffers = OffersThatCouldFit(request);

        if (postcode is not { Length: >= 4 } || options.Value.MaxRank >= 2 || neighbourhoods.Value.Areas.Count > 0)
        {
            if (postcode is { Length: >= 4 } && options.Value.MaxRank < 2)
            {
                var prefix3 = postcode[..3];
                var named = neighbourhoods.Value.Areas.Where(n => n.Postcodes.Contains(postcode[..4])).SelectMany(n => n.Postcodes).ToList();
                askable = askable.Where(m => m.Postcode!.StartsWith(prefix3) || named.Contains(m.Postcode.Substring(0, 4)));
            }

            var everyone = Tracked(await askable.ToListAsync(cancellationToken));
            var ids = everyone.Select(m => m.Id).ToList();
            var theirs = Tracked(await activeOffers.Where(o => EF.Parameter(ids).Contains(o.OffererId)).ToListAsync(cancellationToken));
            return (everyone, theirs.Where(o => o.Status == OfferStatus.Active).ToList());
        }

        var (prefix, prefixEnd) = Range(postcode[..3]);
        var (area, areaEnd) = Range(postcode[..4]);
        var inReach = askable.Where(m => string.Compare(m.Postcode, prefix) >= 0 && string.Compare(m.Postcode, prefixEnd) < 0);
        var read = await activeOffers
            .Join(inReach, o => o.OffererId, m => m.Id, (o, m) => new { Offer = o, Member = m })
            .ToListAsync(cancellationToken);
        var offers = Tracked(read.Select(x => x.Offer).ToList()).Where(o => o.Status == OfferStatus.Active).ToList(); // see OffersThatCouldFit
        var offererIds = offers.Select(o => o.OffererId).ToHashSet();
        var members = Tracked(read.Select(x => x.Member).DistinctBy(m => m.Id).Where(m => offererIds.Contains(m.Id)).ToList());
        if (request.Kind == RequestKind.Help)
        {
            return (members, offers); // help is asked only of helpers who offer it (Help): the others are not read
        }

        var limit = options.Value.CandidateLimit;
        var skip = exclude.Concat(members.Select(m => m.Id)).ToList();
        var sameArea = Tracked(await inReach
            .Where(m => string.Compare(m.Postcode, area) >= 0 && string.Compare(m.Postcode, areaEnd) < 0 && !EF.Parameter(skip).Contains(m.Id))
            .OrderBy(m => m.Postcode).ThenBy(m => m.Id).Take(limit) // in the postcode index's order: no scan of the town
            .ToListAsync(cancellationToken));
        members.AddRange(sameArea);
        if (sameArea.Count < limit)
        {
            members.AddRange(Tracked(await inReach
                .Where(m => (string.Compare(m.Postcode, area) < 0 || string.Compare(m.Postcode, areaEnd) >= 0) && !EF.Parameter(skip).Contains(m.Id))
                .OrderBy(m => m.Postcode).ThenBy(m => m.Id).Take(limit - sameArea.Count)
                .ToListAsync(cancellationToken)));
        }

        return (members, offers);
    }

    /// <summary>
    /// The offers of the request's kind that could fit (for loans and help also inactive ones), found through indexes: meals on the day (by status, kind
    /// and date), help of the kind asked for (the offer's categories as rows), loans of the thing (<see cref="SameThing"/>:
    /// a name with what is asked for in it is a suffix starting with it; a name that is part of what is asked for is one
    /// of its substrings).
    /// </summary>
    private IQueryable<Offer> OffersThatCouldFit(Request request)
    {
        // For loans and help the status is checked by the caller, not here: with it in SQL, SQLite (without statistics)
        // would walk every active offer of the kind through the status index instead of starting from the few rows
        // the item or category index finds.
        var activeOffers = db.Offers.AsNoTracking().Where(o => o.Kind == request.Kind && o.Status == OfferStatus.Active);
        var ofKind = db.Offers.AsNoTracking().Where(o => o.Kind == request.Kind);
        switch (request.Kind)
        {
            case RequestKind.Meal:
                // Only offers on the request's day can fit, and only they keep a cook from being asked without one.
                return activeOffers.Where(o => o.Date == request.Date);
            case RequestKind.Loan when request.Item is { Length: > 0 } wanted:
                // Only the thing asked for can fit; a lender of something else is one of the others.
                var (from, to) = Range(wanted);
                var within = Enumerable.Range(0, wanted.Length)
                    .SelectMany(start => Enumerable.Range(1, wanted.Length - start).Select(length => wanted.Substring(start, length)))
                    .Append(string.Empty)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var containing = db.OfferItemSuffixes
                    .Where(s => string.Compare(s.Suffix, from) >= 0 && string.Compare(s.Suffix, to) < 0)
                    .Select(s => s.OfferId);
                var contained = db.Offers.Where(o => EF.Parameter(within).Contains(o.Item!)).Select(o => o.Id);
                var fitting = containing.Concat(contained);
                return ofKind.Where(o => fitting.Contains(o.Id));
            case RequestKind.Loan when request.Item is { } wanted:
                return activeOffers.Where(o => o.Item != null); // every name contains the empty one
            case RequestKind.Help when request.Category is { } category:
                // Only help of the kind asked for can fit; the day and the distance are weighed in memory.
                var offering = db.OfferCategories.Where(c => c.Category == category).Select(c => c.OfferId);
                return ofKind.Where(o => offering.Contains(o.Id));
            case RequestKind.Help:
                return activeOffers.Where(o => false); // help without a kind fits no offer (HelpFits)
            default:
                return activeOffers;
        }
    }

    /// <summary>
    /// Rows are read without tracking (cheaper to read, and the turn's later change detection does not walk a few hundred
    /// neighbours); a row the turn already holds is replaced by the instance it holds (<see cref="TrackedEntities.PreferTracked"/>).
    /// </summary>
    private List<Member> Tracked(List<Member> read) => db.Members.PreferTracked(db, read, m => m.Id);

    private List<Offer> Tracked(List<Offer> read) => db.Offers.PreferTracked(db, read, o => o.Id);

    /// <summary>The postcodes that start with <paramref name="start"/>: from it up to (not including) the next start ("351" to "352").</summary>
    private static (string From, string To) Range(string start) => (start, start[..^1] + (char)(start[^1] + 1));

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
