using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Matching;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Requests;
using BuurtBot.Tests.Data;
using BuurtBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace BuurtBot.Tests.Matching;

/// <summary>
/// The indexed ways matching finds offers in a real SQLite file: a lent thing by its name (the name contains what is
/// asked for, or is part of it), help by its kind (the offer's categories as rows), and offers made before those rows
/// existed, which the MatchingAtScale migration fills in.
/// </summary>
public sealed class CandidateQueryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_lent_thing_is_found_when_its_name_contains_what_is_asked_or_is_part_of_it()
    {
        await using var db = await MigratedAsync();
        var truus = await MemberAsync(db, "+31612345678", "1234AB", MemberRoles.None);
        var bas = await LenderAsync(db, "+31621111111", "1234AC", "grote ladder");
        var els = await LenderAsync(db, "+31622222222", "1234AD", "ladder");
        var mo = await LenderAsync(db, "+31623333333", "1234AE", "boormachine");
        var request = Request.ForLoan(truus.Id, new LoanRequestDraft { Item = "trapladder", Date = new DateOnly(2026, 11, 24) }, null, Now, Now.AddHours(4));

        var found = await Finder(db).FindAsync(request, "1234AB", new HashSet<long>(), Now, CancellationToken.None);

        // "ladder" is part of "trapladder"; "grote ladder" neither contains "trapladder" nor is part of it.
        Assert.Equal([(els.Id, "ladder"), (bas.Id, null), (mo.Id, null)], found.Select(c => (c.MemberId, ItemOf(db, c.OfferId))).ToList());

        var ladder = Request.ForLoan(truus.Id, new LoanRequestDraft { Item = "ladder", Date = new DateOnly(2026, 11, 24) }, null, Now, Now.AddHours(4));
        found = await Finder(db).FindAsync(ladder, "1234AB", new HashSet<long>(), Now, CancellationToken.None);

        Assert.Equal([(bas.Id, "grote ladder"), (els.Id, "ladder"), (mo.Id, null)], found.Select(c => (c.MemberId, ItemOf(db, c.OfferId))).ToList());
    }

    [Fact]
    public async Task Help_is_found_by_its_kind_among_the_kinds_a_helper_offers()
    {
        await using var db = await MigratedAsync();
        var truus = await MemberAsync(db, "+31612345678", "1234AB", MemberRoles.None);
        var ali = await HelperAsync(db, "+31621111111", "1234AC", [HelpCategory.Groceries, HelpCategory.Garden]);
        await HelperAsync(db, "+31622222222", "1234AD", [HelpCategory.Groceries]);
        var request = Request.ForHelp(truus.Id, new HelpRequestDraft { Category = HelpCategory.Garden, Date = new DateOnly(2026, 11, 24) }, null, Now, Now.AddDays(1));

        var found = await Finder(db).FindAsync(request, "1234AB", new HashSet<long>(), Now, CancellationToken.None);

        Assert.Equal([ali.Id], found.Select(c => c.MemberId).ToList());
        Assert.Equal(
            [(ali.Id, HelpCategory.Garden), (ali.Id, HelpCategory.Groceries)],
            await db.OfferCategories.Join(db.Offers, c => c.OfferId, o => o.Id, (c, o) => new { o.OffererId, c.Category })
                .Where(x => x.OffererId == ali.Id).OrderBy(x => x.Category).Select(x => ValueTuple.Create(x.OffererId, x.Category)).ToListAsync());
    }

    [Fact]
    public async Task Offers_made_before_the_migration_get_their_categories_and_name_suffixes_and_are_found()
    {
        await using (var before = ProviderContexts.Sqlite(_database.ConnectionString))
        {
            var migrations = before.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_MatchingAtScale", StringComparison.Ordinal)) - 1];
            await before.GetService<IMigrator>().MigrateAsync(previous);
        }

        long truusId, annId, joId;
        await using (var db = ProviderContexts.Sqlite(_database.ConnectionString))
        {
            // Members as they were (their table is unchanged); offers as the old schema kept them, categories in one column.
            truusId = (await MemberAsync(db, "+31612345678", "1234AB", MemberRoles.None)).Id;
            annId = (await MemberAsync(db, "+31621111111", "1234AC", MemberRoles.Helper)).Id;
            joId = (await MemberAsync(db, "+31622222222", "1234AD", MemberRoles.Lender)).Id;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Offers" ("Kind", "OffererId", "Diets", "Categories", "Days", "MaxDistance", "Status", "CreatedAt", "Version", "Item")
                VALUES ('Help', {annId}, '', 'Transport,Pets', '', 1, 'Active', 0, {Guid.NewGuid().ToString().ToUpperInvariant()}, NULL),
                       ('Loan', {joId}, '', '', '', 1, 'Active', 0, {Guid.NewGuid().ToString().ToUpperInvariant()}, 'aanhanger')
                """);
        }

        await using var migrated = await MigratedAsync();

        Assert.Equal(
            ["Pets", "Transport"],
            await migrated.Database.SqlQuery<string>($"""SELECT "Category" AS "Value" FROM "OfferCategories" ORDER BY "Category" """).ToListAsync());
        Assert.Equal(
            ["aanhanger", "anger", "anhanger", "er", "ger", "hanger", "nger", "nhanger", "r"],
            await migrated.Database.SqlQuery<string>($"""SELECT "Suffix" AS "Value" FROM "OfferItemSuffixes" ORDER BY "Suffix" """).ToListAsync());
        // ... and their offerer's postcode, on the offers and on those rows, by which a search finds them in an area.
        Assert.Equal(
            ["1234AC", "1234AD"],
            await migrated.Database.SqlQuery<string>($"""SELECT DISTINCT "OffererPostcode" AS "Value" FROM "Offers" ORDER BY "OffererPostcode" """).ToListAsync());
        Assert.Equal(
            ["1234AC|2", "1234AD|9"],
            await migrated.Database.SqlQuery<string>($"""
                SELECT "OffererPostcode" || '|' || count(*) AS "Value" FROM "OfferCategories" GROUP BY "OffererPostcode"
                UNION ALL SELECT "OffererPostcode" || '|' || count(*) FROM "OfferItemSuffixes" GROUP BY "OffererPostcode"
                """).ToListAsync());
        var pets = Request.ForHelp(truusId, new HelpRequestDraft { Category = HelpCategory.Pets, Date = new DateOnly(2026, 11, 24) }, null, Now, Now.AddDays(1));
        Assert.Equal([annId], (await Finder(migrated).FindAsync(pets, "1234AB", new HashSet<long>(), Now, CancellationToken.None)).Select(c => c.MemberId));
        var hanger = Request.ForLoan(truusId, new LoanRequestDraft { Item = "hanger", Date = new DateOnly(2026, 11, 24) }, null, Now, Now.AddHours(4));
        Assert.Equal(
            [(joId, "aanhanger")],
            (await Finder(migrated).FindAsync(hanger, "1234AB", new HashSet<long>(), Now, CancellationToken.None)).Select(c => (c.MemberId, ItemOf(migrated, c.OfferId))));
    }

    [Fact]
    public async Task Cooks_on_the_day_are_found_across_the_area_boundary_and_one_who_called_off_is_not_asked()
    {
        await using var db = await MigratedAsync();
        var day = new DateOnly(2026, 11, 24);
        var truus = await MemberAsync(db, "+31612345678", "1234AB", MemberRoles.None);
        var anna = await CookAsync(db, "+31621111111", "1234AC", day, portions: 4);
        var bert = await CookAsync(db, "+31622222222", "1235AA", day, portions: 4); // the next area: a little further
        var cor = await MemberAsync(db, "+31623333333", "1234AE", MemberRoles.Cook); // no offer: asked after those who cook
        var dirk = await CookAsync(db, "+31624444444", "1234AF", day, portions: 4); // called off that day
        db.Offers.Single(o => o.OffererId == dirk.Id).Withdraw();
        await db.SaveChangesAsync();
        await CookAsync(db, "+31625555555", "1240AA", day, portions: 4); // another part of town
        await CookAsync(db, "+31626666666", "1236AB", day, portions: 1); // cooks too little: not asked to cook more
        var gea = await MemberAsync(db, "+31627777777", "1235AB", MemberRoles.Cook);
        var request = Request.ForMeal(truus.Id, new MealRequestDraft { Date = day, Portions = 2, Diets = [], Delivery = false }, null, Now, Now.AddDays(1));

        await using var turn = ProviderContexts.Sqlite(_database.ConnectionString);
        var found = await Finder(turn).FindAsync(request, "1234AB", new HashSet<long>(), Now, CancellationToken.None);

        Assert.Equal(
            [(anna.Id, true, 0), (bert.Id, true, 1), (cor.Id, false, 0), (gea.Id, false, 1)],
            found.Select(c => (c.MemberId, c.OfferId is not null, c.Rank)).ToList());

        found = await Finder(turn).FindAsync(request, "1234AB", new HashSet<long> { anna.Id, cor.Id }, Now, CancellationToken.None);

        Assert.Equal([bert.Id, gea.Id], found.Select(c => c.MemberId).ToList());
    }

    [Fact]
    public async Task Cooks_without_a_meal_fill_the_list_up_to_the_candidate_limit_after_those_whose_meal_fits()
    {
        await using var db = await MigratedAsync();
        var day = new DateOnly(2026, 11, 24);
        var truus = await MemberAsync(db, "+31612345678", "1234AB", MemberRoles.None);
        var anna = await CookAsync(db, "+31621111111", "1234AC", day, portions: 4);
        var bert = await CookAsync(db, "+31622222222", "1234AD", day, portions: 4);
        var cor = await MemberAsync(db, "+31623333333", "1234AE", MemberRoles.Cook);
        var dina = await CookAsync(db, "+31624444444", "1234AF", day, portions: 1); // too little for two: neither fits nor is asked to cook
        var twoPortions = Request.ForMeal(truus.Id, new MealRequestDraft { Date = day, Portions = 2, Diets = [], Delivery = false }, null, Now, Now.AddDays(1));
        var onePortion = Request.ForMeal(truus.Id, new MealRequestDraft { Date = day, Portions = 1, Diets = [], Delivery = false }, null, Now, Now.AddDays(1));

        Assert.Equal([anna.Id, bert.Id], await FoundAsync(db, twoPortions, candidateLimit: 2));
        Assert.Equal([anna.Id, bert.Id, cor.Id], await FoundAsync(db, twoPortions, candidateLimit: 3));
        Assert.Equal([anna.Id, cor.Id], await FoundAsync(db, twoPortions, candidateLimit: 2, exclude: [bert.Id]));
        Assert.Equal([anna.Id, bert.Id, dina.Id], await FoundAsync(db, onePortion, candidateLimit: 3));
    }

    [Fact]
    public async Task What_the_turn_changed_but_did_not_save_yet_counts()
    {
        var day = new DateOnly(2026, 11, 24);
        long truusId, annaId, bertId, corId;
        await using (var setup = await MigratedAsync())
        {
            truusId = (await MemberAsync(setup, "+31612345678", "1234AB", MemberRoles.None)).Id;
            annaId = (await CookAsync(setup, "+31621111111", "1234AC", day, portions: 4)).Id;
            bertId = (await CookAsync(setup, "+31622222222", "1234AD", day, portions: 4)).Id;
            corId = (await MemberAsync(setup, "+31623333333", "1234AE", MemberRoles.Cook)).Id;
        }

        // In this turn Anna took a break and Bert called off his meal; neither is saved yet.
        await using var turn = ProviderContexts.Sqlite(_database.ConnectionString);
        var anna = await turn.Members.SingleAsync(m => m.Id == annaId);
        anna.PauseUntil(Now.AddDays(7));
        (await turn.Offers.SingleAsync(o => o.OffererId == bertId)).Withdraw();
        var request = Request.ForMeal(truusId, new MealRequestDraft { Date = day, Portions = 2, Diets = [], Delivery = false }, null, Now, Now.AddDays(1));

        var found = await Finder(turn).FindAsync(request, "1234AB", new HashSet<long>(), Now, CancellationToken.None);

        // Bert is asked as a cook without a meal (his withdrawal is not saved, so he has not called off yet).
        Assert.Equal([(bertId, false), (corId, false)], found.Select(c => (c.MemberId, c.OfferId is not null)).ToList());
        Assert.Same(anna, await turn.Members.FindAsync(annaId));
    }

    [Fact]
    public async Task A_lender_who_moves_is_found_in_the_new_area_and_no_longer_in_the_old_one()
    {
        long truusId, mo;
        await using (var setup = await MigratedAsync())
        {
            truusId = (await MemberAsync(setup, "+31612345678", "1234AB", MemberRoles.None)).Id;
            mo = (await LenderAsync(setup, "+31621111111", "1234AC", "ladder")).Id;
        }

        // Mo moves across town: the address step of the conversation stages it, the turn saves it.
        await using (var turn = ProviderContexts.Sqlite(_database.ConnectionString))
        {
            await new MemberDirectory(turn).SetAddressAsync(mo, new Address("5678CD", "3", "Dorpsstraat"), CancellationToken.None);
            await turn.SaveChangesAsync();
        }

        await using var db = ProviderContexts.Sqlite(_database.ConnectionString);
        Assert.Equal(["5678CD"], await db.Offers.Select(o => o.OffererPostcode).ToListAsync());
        Assert.Equal(["5678CD"], await db.OfferItemSuffixes.Select(s => s.OffererPostcode).Distinct().ToListAsync());
        var ladder = Request.ForLoan(truusId, new LoanRequestDraft { Item = "ladder", Date = new DateOnly(2026, 11, 24) }, null, Now, Now.AddHours(4));
        Assert.Empty(await Finder(db).FindAsync(ladder, "1234AB", new HashSet<long>(), Now, CancellationToken.None));
        Assert.Equal(
            [(mo, "ladder")],
            (await Finder(db).FindAsync(ladder, "5678AA", new HashSet<long>(), Now, CancellationToken.None)).Select(c => (c.MemberId, ItemOf(db, c.OfferId))));
    }

    public void Dispose() => _database.Dispose();

    private async Task<BuurtBotDbContext> MigratedAsync()
    {
        var db = ProviderContexts.Sqlite(_database.ConnectionString);
        await db.Database.MigrateAsync();
        return db;
    }

    private static CandidateFinder Finder(BuurtBotDbContext db, int candidateLimit = 100)
    {
        var neighbourhoods = Options.Create(new NeighbourhoodOptions());
        return new CandidateFinder(db, new PostcodeDistance(neighbourhoods), Options.Create(new MatchingOptions { CandidateLimit = candidateLimit }), neighbourhoods);
    }

    private static async Task<List<long>> FoundAsync(BuurtBotDbContext db, Request request, int candidateLimit, long[]? exclude = null) =>
        (await Finder(db, candidateLimit).FindAsync(request, "1234AB", (exclude ?? []).ToHashSet(), Now, CancellationToken.None)).Select(c => c.MemberId).ToList();

    /// <summary>The name of the lent thing in a candidate's offer, as the wave that asks them reads it.</summary>
    private static string? ItemOf(BuurtBotDbContext db, long? offerId) => offerId is { } id ? db.Offers.Find(id)!.Item : null;

    private static async Task<Member> MemberAsync(BuurtBotDbContext db, string phone, string postcode, MemberRoles role)
    {
        var member = Member.FirstContact(phone, Channel.Sms, Now.AddDays(-30));
        member.Rename("Buur");
        member.MoveTo(new Address(postcode, "1", "Kerkstraat"));
        member.AnswerSharingConsent(true, Now.AddDays(-30));
        if (role != MemberRoles.None)
        {
            member.TakeRole(role);
        }

        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    private static async Task<Member> CookAsync(BuurtBotDbContext db, string phone, string postcode, DateOnly day, int portions)
    {
        var cook = await MemberAsync(db, phone, postcode, MemberRoles.Cook);
        db.Offers.Add(Offer.Meal(cook, day, null, portions, 0, "stamppot", [], true, Now));
        await db.SaveChangesAsync();
        return cook;
    }

    private static async Task<Member> LenderAsync(BuurtBotDbContext db, string phone, string postcode, string item)
    {
        var lender = await MemberAsync(db, phone, postcode, MemberRoles.Lender);
        db.Offers.Add(Offer.Loan(lender, item, null, Now));
        await db.SaveChangesAsync();
        return lender;
    }

    private static async Task<Member> HelperAsync(BuurtBotDbContext db, string phone, string postcode, IReadOnlyList<HelpCategory> categories)
    {
        var helper = await MemberAsync(db, phone, postcode, MemberRoles.Helper);
        db.Offers.Add(Offer.Help(helper, categories, [], 1, Now));
        await db.SaveChangesAsync();
        return helper;
    }
}
