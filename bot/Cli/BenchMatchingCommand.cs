using System.Diagnostics;
using System.Globalization;
using BuurtBot.Data;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Matching;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Requests;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Cli;

/// <summary>
/// <c>bench-matching [--members 1000,10000,100000] [--lookups 300] [--warmup 300]</c>: for each size, a fresh SQLite file with that
/// many members in one town (postcodes 3500-3599; 40% cooks, 30% lenders, 30% helpers), about a fifth of them with an
/// open offer (of every kind), a tenth with an offer they withdrew or that was used up (on the coming days, so it is read
/// and must be set aside), and a twentieth with an open request (100,000 members: about 20,000 open offers, 10,000
/// closed ones, 5,000 requests), then times <see cref="CandidateFinder"/> for open
/// requests picked at random, each in its own scope as a turn would, and prints p50/p99/max per size (wall clock) and
/// the process's CPU time per search (what contention from other processes does not inflate), and on the log the same per
/// kind of request. --sql shows the SQL; --keep leaves the databases (for <c>sqlite3</c>).
/// </summary>
internal static class BenchMatchingCommand
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Items = ["ladder", "boormachine", "grasmaaier", "aanhanger", "partytent", "steigerbuis", "rolstoel", "kinderzitje"];
    private static readonly string[] Streets = ["Lindelaan", "Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Beukenlaan"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter log)
    {
        var sizes = (Option(args, "--members") ?? "1000,10000,100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .ToList();
        var lookups = int.TryParse(Option(args, "--lookups"), CultureInfo.InvariantCulture, out var l) ? l : 300;
        var warmup = int.TryParse(Option(args, "--warmup"), CultureInfo.InvariantCulture, out var w) ? w : 300;
        var inv = CultureInfo.InvariantCulture;
        await output.WriteLineAsync("| members | open offers | closed offers | open requests | candidates (avg) | p50 ms | p99 ms | max ms | CPU ms/search |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---|---|---|---|---|---|---|---|").ConfigureAwait(false);
        foreach (var size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "buurtbot-bench-matching", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                await using var services = Services($"Data Source={Path.Combine(folder, "bench.db")}", args.Contains("--sql"));
                var seeding = Stopwatch.StartNew();
                var (offers, closed, requestIds) = await SeedAsync(services, size).ConfigureAwait(false);
                await log.WriteLineAsync(string.Create(inv, $"bench-matching: {size} members seeded in {seeding.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
                var (times, candidates, cpuMs) = await MeasureAsync(services, requestIds, warmup, lookups).ConfigureAwait(false);
                var all = times.Select(t => t.Ms).Order().ToList();
                await output.WriteLineAsync(string.Create(inv,
                    $"| {size:N0} | {offers:N0} | {closed:N0} | {requestIds.Count:N0} | {candidates:F1} | {all[all.Count / 2]:F2} | {all[(int)(all.Count * 0.99)]:F2} | {all[^1]:F2} | {cpuMs:F2} |")).ConfigureAwait(false);
                var paused = times.Where(t => t.GcMs > 0).ToList();
                var unpaused = times.Where(t => t.GcMs == 0).Select(t => t.Ms).Order().ToList();
                await log.WriteLineAsync(string.Create(inv,
                    $"bench-matching: {size} members, {paused.Count} of {times.Count} searches had a garbage collection pause ({paused.Sum(t => t.GcMs):F1} ms in all); p99 of the others {(unpaused.Count > 0 ? unpaused[(int)(unpaused.Count * 0.99)] : 0):F2} ms; {times.Average(t => t.Bytes) / 1024:F0} KB allocated per search (the thread that searched)")).ConfigureAwait(false);
                foreach (var kind in times.GroupBy(t => t.Kind).OrderBy(g => g.Key))
                {
                    var ofKind = kind.Select(t => t.Ms).Order().ToList();
                    await log.WriteLineAsync(string.Create(inv,
                        $"bench-matching: {size} members, {kind.Key}: {ofKind.Count} searches, p50 {ofKind[ofKind.Count / 2]:F2} ms, p99 {ofKind[(int)(ofKind.Count * 0.99)]:F2} ms, max {ofKind[^1]:F2} ms")).ConfigureAwait(false);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (args.Contains("--keep"))
                {
                    await log.WriteLineAsync($"bench-matching: the database is kept in {folder}").ConfigureAwait(false);
                }
                else
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        return 0;
    }

    private static ServiceProvider Services(string connectionString, bool showSql)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (showSql)
            {
                logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information)
                    .AddFilter("Microsoft", LogLevel.Warning);
            }
        });
        services.AddDbContext<BuurtBotDbContext>(options => options.UseBuurtBotSqlite(connectionString));
        services.AddOptions<MatchingOptions>();
        services.AddOptions<NeighbourhoodOptions>();
        services.AddSingleton<IDistance, PostcodeDistance>();
        services.AddScoped<CandidateFinder>();
        return services.BuildServiceProvider();
    }

    /// <summary>Members over 100 postcode areas; about a fifth offer something (by their role), a twentieth asks.</summary>
    private static async Task<(int Offers, int Closed, List<long> Requests)> SeedAsync(ServiceProvider services, int size)
    {
        var random = new Random(size);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            await db.Database.MigrateAsync().ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        }

        const int batch = 5000;
        for (var start = 0; start < size; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(size, start + batch); i++)
            {
                var member = Member.FirstContact("+316" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture), Dialogs.Engine.Activities.Channel.Sms, Now.AddDays(-30));
                member.Rename("Buur");
                var letters = string.Concat((char)('A' + random.Next(26)), (char)('A' + random.Next(26)));
                member.MoveTo(new Address(string.Create(CultureInfo.InvariantCulture, $"35{random.Next(100):00}{letters}"), (1 + random.Next(200)).ToString(CultureInfo.InvariantCulture), Streets[random.Next(Streets.Length)]));
                member.AnswerSharingConsent(true, Now.AddDays(-30));
                member.TakeRole((i % 10) switch { < 4 => MemberRoles.Cook, < 7 => MemberRoles.Lender, _ => MemberRoles.Helper });
                if (i % 3 == 0)
                {
                    member.MarkVetted(true);
                }

                db.Members.Add(member);
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
        }

        var offers = 0;
        var closed = 0;
        var history = new Random(size + 1); // its own sequence: the open offers and requests are the same as without it
        var requests = new List<long>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var members = await db.Members.AsNoTracking().OrderBy(m => m.Id).ToListAsync().ConfigureAwait(false);
            var today = DateOnly.FromDateTime(Now.UtcDateTime);
            foreach (var member in members)
            {
                // A fifth of each role offers something: meals over the coming week, things to lend (some named
                // longer, "aluminium ladder"), help of one or two kinds on a few days or any day, near or further.
                if (random.Next(5) == 0)
                {
                    db.Offers.Add(member.Roles switch
                    {
                        MemberRoles.Cook => Offer.Meal(member, today.AddDays(random.Next(7)), null, 2 + random.Next(4), 4m, "stamppot", random.Next(4) == 0 ? [Diet.Vegetarian] : [], random.Next(2) == 0, Now),
                        MemberRoles.Lender => Offer.Loan(member, (random.Next(4) == 0 ? "grote " : string.Empty) + Items[random.Next(Items.Length)], null, Now),
                        _ => Offer.Help(
                            member,
                            [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => (HelpCategory)random.Next(9)).Distinct()],
                            random.Next(3) == 0 ? [] : [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (DayOfWeek)random.Next(7)).Distinct()],
                            random.Next(3),
                            Now),
                    });
                    offers++;
                }

                // What was offered and is over: a meal called off or all eaten, a thing or help no longer offered.
                if (history.Next(10) == 0)
                {
                    var over = member.Roles switch
                    {
                        MemberRoles.Cook => Offer.Meal(member, today.AddDays(history.Next(7)), null, 2, 4m, "soep", [], true, Now.AddDays(-1)),
                        MemberRoles.Lender => Offer.Loan(member, Items[history.Next(Items.Length)], null, Now.AddDays(-20)),
                        _ => Offer.Help(member, [(HelpCategory)history.Next(9)], [], 1, Now.AddDays(-20)),
                    };
                    if (over.Kind == RequestKind.Meal && history.Next(2) == 0)
                    {
                        over.TakePortions(2);
                    }
                    else
                    {
                        over.Withdraw();
                    }

                    db.Offers.Add(over);
                    closed++;
                }
            }

            for (var i = 0; i < members.Count / 20; i++)
            {
                var requester = members[random.Next(members.Count)].Id;
                var date = today.AddDays(random.Next(7));
                db.Requests.Add((i % 3) switch
                {
                    0 => Request.ForMeal(requester, new MealRequestDraft { Date = date, Portions = 1 + random.Next(2), Diets = [], Delivery = random.Next(2) == 0 }, null, Now, Now.AddDays(1)),
                    1 => Request.ForLoan(requester, new LoanRequestDraft { Item = Items[random.Next(Items.Length)], Date = date }, null, Now, Now.AddHours(4)),
                    _ => Request.ForHelp(requester, new HelpRequestDraft { Category = (HelpCategory)random.Next(9), Date = date }, null, Now, Now.AddDays(1)),
                });
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            requests = await db.Requests.AsNoTracking().Select(r => r.Id).ToListAsync().ConfigureAwait(false);
        }

        return (offers, closed, requests);
    }

    private static async Task<(List<(RequestKind Kind, double Ms, double GcMs, long Bytes)> Times, double Candidates, double CpuMs)> MeasureAsync(
        ServiceProvider services, List<long> requestIds, int warmup, int lookups)
    {
        var random = new Random(7);
        var times = new List<(RequestKind Kind, double Ms, double GcMs, long Bytes)>(lookups);
        long found = 0;
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < lookups + warmup; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var request = await db.Requests.FindAsync(requestIds[random.Next(requestIds.Count)]).ConfigureAwait(false);
            var postcode = await db.Members.Where(m => m.Id == request!.RequesterId).Select(m => m.Postcode).SingleAsync().ConfigureAwait(false);
            var finder = scope.ServiceProvider.GetRequiredService<CandidateFinder>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var gcBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var candidates = await finder.FindAsync(request!, postcode, new HashSet<long>(), Now, CancellationToken.None).ConfigureAwait(false);
            watch.Stop();
            if (i >= warmup)
            {
                // The first ones warm up the runtime (tiered compilation) and EF's query cache.
                times.Add((request!.Kind, watch.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - gcBefore).TotalMilliseconds,
                    GC.GetAllocatedBytesForCurrentThread() - allocatedBefore));
                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                found += candidates.Count;
            }
        }

        return (times, found / (double)lookups, cpu.TotalMilliseconds / lookups);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
