using BuurtBot.Data;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Requests;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Matching;

/// <summary>
/// Who to ask about a request, best first. Meals: cooks with a fitting offer (the day, portions left, a diet that
/// suits, brought when it must be), then other cooks nearby. Loans: lenders nearest first, those who listed the
/// thing before others. Help: helpers for that kind of help on that day within the distance they travel, and for
/// help inside a home or car only helpers a coordinator vetted. Ranking reads only what it weighs (<see cref="Neighbour"/>,
/// <see cref="OfferTerms"/>): whole members and offers are read for the few a wave asks, not for the hundred ranked.
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

        var (neighbours, offers, calledOff, bounded) = await NearbyWithOffersAsync(request, role, postcode, cancellationToken);
        var eligible = new Dictionary<long, (Neighbour Neighbour, int Rank)>();
        AddEligible(eligible, neighbours.Where(n => !exclude.Contains(n.Id) && !calledOff.Contains(n.Id)), postcode, now); // a cook who called off that day is not asked to cook after all
        offers.RemoveAll(o => !eligible.ContainsKey(o.OffererId));
        if (bounded && request.Kind != RequestKind.Help)
        {
            // Of the others with the role, as many as fill the list up to CandidateLimit after those whose offer fits:
            // they come after all of those, so a longer list would never be asked before the request's deadline.
            var maxRank = options.Value.MaxRank;
            var withFittingOffer = offers
                .Where(o => eligible[o.OffererId].Rank <= maxRank && (request.Kind == RequestKind.Meal ? MealFits(request, o) : LoanFits(request, o)))
                .Select(o => o.OffererId)
                .Distinct()
                .Count();
            var room = options.Value.CandidateLimit - withFittingOffer;
            if (room > 0)
            {
                var skip = exclude.Concat(neighbours.Select(n => n.Id)).Concat(calledOff).ToList();
                AddEligible(eligible, await OthersAsync(request, role, postcode!, skip, room, cancellationToken), postcode, now);
            }
        }

        return request.Kind switch
        {
            RequestKind.Meal => Meals(request, eligible, offers),
            RequestKind.Loan => Loans(request, eligible, offers),
            _ => Help(request, eligible, offers),
        };
    }

    private void AddEligible(Dictionary<long, (Neighbour Neighbour, int Rank)> eligible, IEnumerable<Neighbour> read, string? postcode, DateTimeOffset now)
    {
        foreach (var neighbour in Current(read, now))
        {
            if (distance.Rank(postcode, neighbour.Postcode) is { } rank)
            {
                eligible[neighbour.Id] = (neighbour, rank);
            }
        }
    }

    private List<Candidate> Meals(Request request, Dictionary<long, (Neighbour Neighbour, int Rank)> eligible, List<OfferTerms> offers)
    {
        var maxRank = options.Value.MaxRank;
        var fitting = offers
            .Where(o => MealFits(request, o))
            .Select(o => new Candidate(o.OffererId, o.Id, eligible[o.OffererId].Rank))
            .Where(c => c.Rank <= maxRank)
            .OrderBy(c => c.Rank).ThenBy(c => c.OfferId)
            .DistinctBy(c => c.MemberId)
            .ToList();
        var fittingCooks = fitting.Select(c => c.MemberId).ToHashSet();
        var cookingThatDay = offers.Where(o => o.Date == request.Date).Select(o => o.OffererId).ToHashSet(); // something that does not fit
        var cooks = eligible.Values
            .Where(c => c.Rank <= maxRank && !fittingCooks.Contains(c.Neighbour.Id) && !cookingThatDay.Contains(c.Neighbour.Id))
            .OrderBy(c => c.Rank).ThenBy(c => c.Neighbour.Id)
            .Select(c => new Candidate(c.Neighbour.Id, null, c.Rank));
        return [.. fitting, .. cooks];
    }

    private List<Candidate> Loans(Request request, Dictionary<long, (Neighbour Neighbour, int Rank)> eligible, List<OfferTerms> offers)
    {
        var maxRank = options.Value.MaxRank;
        var fitting = offers.Where(o => LoanFits(request, o)).GroupBy(o => o.OffererId).ToDictionary(g => g.Key, g => g.First().Id);
        return eligible.Values
            .Where(c => c.Rank <= maxRank)
            .Select(c => new Candidate(c.Neighbour.Id, fitting.TryGetValue(c.Neighbour.Id, out var offerId) ? offerId : null, c.Rank))
            .OrderBy(c => c.OfferId is null ? 1 : 0).ThenBy(c => c.Rank).ThenBy(c => c.MemberId)
            .ToList();
    }

    private static List<Candidate> Help(Request request, Dictionary<long, (Neighbour Neighbour, int Rank)> eligible, List<OfferTerms> offers)
    {
        return offers
            .Where(o => HelpFits(request, o, eligible[o.OffererId].Neighbour.Vetted, eligible[o.OffererId].Rank))
            .Select(o => new Candidate(o.OffererId, o.Id, eligible[o.OffererId].Rank))
            .OrderBy(c => c.Rank).ThenBy(c => c.MemberId)
            .DistinctBy(c => c.MemberId)
            .ToList();
    }

    /// <summary>
    /// The members with an offer that could fit (by kind, and for meals the day, for loans the thing) and those offers.
    /// Nearby (the same three postcode digits) without named neighbourhoods, the search is bounded: the offers are read
    /// for that area only (<see cref="Offer.OffererPostcode"/>), and of the others with the role the caller reads only as
    /// many as fill the list up to <see cref="MatchingOptions.CandidateLimit"/> (<see cref="OthersAsync"/>); for help,
    /// whom only an offer makes a candidate, none. So the work grows with the offers that could fit, not with the town.
    /// Otherwise everyone with the role in reach is read (a small town, or the whole town).
    /// </summary>
    private async Task<(List<Neighbour> Neighbours, List<OfferTerms> Offers, HashSet<long> CalledOff, bool Bounded)> NearbyWithOffersAsync(
        Request request, MemberRoles role, string? postcode, CancellationToken cancellationToken)
    {
        var askable = Askable(request, role);
        if (postcode is not { Length: >= 4 } || options.Value.MaxRank >= 2 || neighbourhoods.Value.Areas.Count > 0)
        {
            if (postcode is { Length: >= 4 } && options.Value.MaxRank < 2)
            {
                var prefix3 = postcode[..3];
                var named = neighbourhoods.Value.Areas.Where(n => n.Postcodes.Contains(postcode[..4])).SelectMany(n => n.Postcodes).ToList();
                askable = askable.Where(m => m.Postcode!.StartsWith(prefix3) || named.Contains(m.Postcode.Substring(0, 4)));
            }

            var everyone = await askable.Select(AsNeighbour).ToListAsync(cancellationToken);
            var ids = everyone.Select(m => m.Id).ToList();
            var theirs = await OffersThatCouldFit(request, area: null).Where(o => EF.Parameter(ids).Contains(o.OffererId)).Select(AsTerms).ToListAsync(cancellationToken);
            return (everyone, Current(theirs).Where(o => o.Status == OfferStatus.Active).ToList(), CalledOff(theirs), Bounded: false);
        }

        var (prefix, prefixEnd) = Range(postcode[..3]);
        var read = await OffersThatCouldFit(request, (prefix, prefixEnd))
            .Join(InReach(askable, (prefix, prefixEnd)), o => o.OffererId, m => m.Id, (o, m) => new
            {
                Offer = new OfferTerms(o.Id, o.OffererId, o.Kind, o.Status, o.Date, o.PortionsLeft, o.Diets, o.Brings, o.Item, o.Categories, o.Days, o.MaxDistance),
                Neighbour = new Neighbour(m.Id, m.Postcode, m.Vetted, m.PausedUntil),
            })
            .ToListAsync(cancellationToken);
        var offers = Current(read.ConvertAll(x => x.Offer)).Where(o => o.Status == OfferStatus.Active).ToList(); // see OffersThatCouldFit
        var calledOff = CalledOff(read.ConvertAll(x => x.Offer));
        var offererIds = offers.Select(o => o.OffererId).ToHashSet();
        var neighbours = read.Select(x => x.Neighbour).DistinctBy(n => n.Id).Where(n => offererIds.Contains(n.Id)).ToList();
        return (neighbours, offers, calledOff, Bounded: true);
    }

    /// <summary>
    /// Up to <paramref name="count"/> members with the role nearby (the same three postcode digits) who are not in
    /// <paramref name="skip"/>, in postcode order through the postcode index: the same area first, then the rest.
    /// </summary>
    private async Task<List<Neighbour>> OthersAsync(
        Request request, MemberRoles role, string postcode, List<long> skip, int count, CancellationToken cancellationToken)
    {
        var (prefix, prefixEnd) = Range(postcode[..3]);
        var (area, areaEnd) = Range(postcode[..4]);
        var inReach = InReach(Askable(request, role), (prefix, prefixEnd));
        var others = await inReach
            .Where(m => string.Compare(m.Postcode, area) >= 0 && string.Compare(m.Postcode, areaEnd) < 0 && !EF.Parameter(skip).Contains(m.Id))
            .OrderBy(m => m.Postcode).ThenBy(m => m.Id).Take(count) // in the postcode index's order: no scan of the town
            .Select(AsNeighbour)
            .ToListAsync(cancellationToken);
        if (others.Count < count)
        {
            var rest = count - others.Count;
            others.AddRange(await inReach
                .Where(m => (string.Compare(m.Postcode, area) < 0 || string.Compare(m.Postcode, areaEnd) >= 0) && !EF.Parameter(skip).Contains(m.Id))
                .OrderBy(m => m.Postcode).ThenBy(m => m.Id).Take(rest)
                .Select(AsNeighbour)
                .ToListAsync(cancellationToken));
        }

        return others;
    }

    /// <summary>Of these members, those whose postcode lies in the range (through the postcode index).</summary>
    private static IQueryable<Member> InReach(IQueryable<Member> members, (string From, string To) postcodes) =>
        members.Where(m => string.Compare(m.Postcode, postcodes.From) >= 0 && string.Compare(m.Postcode, postcodes.To) < 0);

    /// <summary>Members with the role who may be asked at all (the rest of <see cref="CanBeAsked"/> is checked on the rows).</summary>
    private IQueryable<Member> Askable(Request request, MemberRoles role) =>
        db.Members.AsNoTracking().Where(m => (m.Roles & role) == role && m.Id != request.RequesterId && m.OptedOutAt == null
            && m.Postcode != null && m.SharingConsentAt != null && m.Street != null);

    /// <summary>
    /// The cooks who called off a meal on the request's day (read with the meals of that day, as saved: a withdrawal the
    /// turn has not saved yet does not count yet).
    /// </summary>
    private static HashSet<long> CalledOff(List<OfferTerms> read) =>
        read.Where(o => o.Kind == RequestKind.Meal && o.Status == OfferStatus.Withdrawn).Select(o => o.OffererId).ToHashSet();

    /// <summary>
    /// The offers of the request's kind that could fit (for loans and help also inactive ones, for meals also those
    /// called off), found through indexes: meals on the day (by status, kind
    /// and date), help of the kind asked for (the offer's categories as rows), loans of the thing (<see cref="SameThing"/>:
    /// a name with what is asked for in it is a suffix starting with it; a name that is part of what is asked for is one
    /// of its substrings). With an <paramref name="area"/> (a postcode range) only offers made from there, read from the
    /// same indexes (<see cref="Offer.OffererPostcode"/>): the area's tenth of the town's offers, not all of them.
    /// </summary>
    private IQueryable<Offer> OffersThatCouldFit(Request request, (string From, string To)? area)
    {
        // For loans and help the status is checked by the caller, not here: with it in SQL, SQLite (without statistics)
        // would walk every active offer of the kind through the status index instead of starting from the few rows
        // the item or category index finds.
        var offers = db.Offers.AsNoTracking();
        var categoryRows = db.OfferCategories.AsQueryable();
        var suffixRows = db.OfferItemSuffixes.AsQueryable();
        if (area is var (areaFrom, areaTo))
        {
            offers = offers.Where(o => string.Compare(o.OffererPostcode, areaFrom) >= 0 && string.Compare(o.OffererPostcode, areaTo) < 0);
            categoryRows = categoryRows.Where(c => string.Compare(c.OffererPostcode, areaFrom) >= 0 && string.Compare(c.OffererPostcode, areaTo) < 0);
            suffixRows = suffixRows.Where(s => string.Compare(s.OffererPostcode, areaFrom) >= 0 && string.Compare(s.OffererPostcode, areaTo) < 0);
        }

        var activeOffers = offers.Where(o => o.Kind == request.Kind && o.Status == OfferStatus.Active);
        var ofKind = db.Offers.AsNoTracking().Where(o => o.Kind == request.Kind);
        switch (request.Kind)
        {
            case RequestKind.Meal:
                // Only offers on the request's day can fit, and only they keep a cook from being asked without one; a
                // meal called off that day keeps the cook from being asked at all (CalledOff).
                return offers.Where(o => o.Kind == RequestKind.Meal && (o.Status == OfferStatus.Active || o.Status == OfferStatus.Withdrawn) && o.Date == request.Date);
            case RequestKind.Loan when request.Item is { Length: > 0 } wanted:
                // Only the thing asked for can fit; a lender of something else is one of the others.
                var (from, to) = Range(wanted);
                var within = Enumerable.Range(0, wanted.Length)
                    .SelectMany(start => Enumerable.Range(1, wanted.Length - start).Select(length => wanted.Substring(start, length)))
                    .Append(string.Empty)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var containing = suffixRows
                    .Where(s => string.Compare(s.Suffix, from) >= 0 && string.Compare(s.Suffix, to) < 0)
                    .Select(s => s.OfferId);
                var contained = offers.Where(o => EF.Parameter(within).Contains(o.Item!)).Select(o => o.Id);
                var fitting = containing.Concat(contained);
                return ofKind.Where(o => fitting.Contains(o.Id));
            case RequestKind.Loan when request.Item is { } wanted:
                return activeOffers.Where(o => o.Item != null); // every name contains the empty one
            case RequestKind.Help when request.Category is { } category:
                // Only help of the kind asked for can fit; the day and the distance are weighed in memory.
                var offering = categoryRows.Where(c => c.Category == category).Select(c => c.OfferId);
                return ofKind.Where(o => offering.Contains(o.Id));
            case RequestKind.Help:
                return activeOffers.Where(o => false); // help without a kind fits no offer (HelpFits)
            default:
                return activeOffers;
        }
    }

    /// <summary>
    /// The neighbours who may be asked now, as the turn has them: a row read is taken as it is unless its pause lasts
    /// (the query asked for the rest of <see cref="CanBeAsked"/>), a member the turn holds as it holds them, with what it
    /// changed and did not save yet.
    /// </summary>
    private List<Neighbour> Current(IEnumerable<Neighbour> read, DateTimeOffset now)
    {
        using var pause = db.PauseChangeScan();
        var tracked = db.Members.Local;
        var current = new List<Neighbour>();
        foreach (var row in read)
        {
            if (tracked.FindEntry(row.Id)?.Entity is { } member)
            {
                if (CanBeAsked(member, now))
                {
                    current.Add(new Neighbour(member.Id, member.Postcode, member.Vetted, member.PausedUntil));
                }
            }
            else if (!(row.PausedUntil > now))
            {
                current.Add(row);
            }
        }

        return current;
    }

    /// <summary>Offers as the turn has them: an offer it holds (portions it just took, say) by what it holds.</summary>
    private List<OfferTerms> Current(List<OfferTerms> read)
    {
        using var pause = db.PauseChangeScan();
        var tracked = db.Offers.Local;
        return read.ConvertAll(row => tracked.FindEntry(row.Id)?.Entity is { } offer ? OfferTerms.Of(offer) : row);
    }

    private static readonly Expression<Func<Member, Neighbour>> AsNeighbour = m => new Neighbour(m.Id, m.Postcode, m.Vetted, m.PausedUntil);

    private static readonly Expression<Func<Offer, OfferTerms>> AsTerms = o =>
        new OfferTerms(o.Id, o.OffererId, o.Kind, o.Status, o.Date, o.PortionsLeft, o.Diets, o.Brings, o.Item, o.Categories, o.Days, o.MaxDistance);

    /// <summary>The postcodes that start with <paramref name="start"/>: from it up to (not including) the next start ("351" to "352").</summary>
    private static (string From, string To) Range(string start) => (start, start[..^1] + (char)(start[^1] + 1));

    /// <summary>A cook's meal suits a request: the same day, enough portions left, a diet that suits, brought when it must be.</summary>
    public static bool MealFits(Request request, OfferTerms offer) =>
        offer.Kind == RequestKind.Meal && offer.Status == OfferStatus.Active && offer.Date == request.Date
        && offer.PortionsLeft >= (request.Portions ?? 1) && DietFit.Satisfies(request.Diets, offer.Diets)
        && (request.Delivery != true || offer.Brings != false);

    public static bool LoanFits(Request request, OfferTerms offer) =>
        offer.Kind == RequestKind.Loan && offer.Status == OfferStatus.Active && SameThing(offer.Item, request.Item);

    /// <summary>A helper suits: that kind of help, that day, within their distance, and vetted for help inside a home or car.</summary>
    public static bool HelpFits(Request request, OfferTerms offer, bool vettedHelper, int rank) =>
        offer.Kind == RequestKind.Help && offer.Status == OfferStatus.Active
        && request.Category is { } category && offer.Categories.Contains(category)
        && (request.Date is not { } date || offer.Days.Count == 0 || offer.Days.Contains(date.DayOfWeek))
        && rank <= offer.MaxDistance
        && (!HelpCategoryNames.NeedsVettedHelper(category) || vettedHelper);

    /// <summary>Whether the member may be asked at all: reachable, not paused, with an address they agreed to share.</summary>
    public static bool CanBeAsked(Member member, DateTimeOffset now) =>
        member.CanBeAsked(now) && member.SharingConsentAt is not null && member.Street is not null;

    private static bool SameThing(string? offered, string? wanted) =>
        offered is not null && wanted is not null
        && (offered == wanted || offered.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(offered, StringComparison.Ordinal));

    /// <summary>What ranking weighs of a member who could be asked: the rest of <see cref="CanBeAsked"/> is asked of the query.</summary>
    private sealed record Neighbour(long Id, string? Postcode, bool Vetted, DateTimeOffset? PausedUntil);
}
