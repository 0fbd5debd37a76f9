using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.Rules;
using Township.Congress.VoterReports;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Reports to voters in the demo county, 2022 to the demo's today: per township and year 10–25% of the deputies
/// in office report (each at most once in the term while others have not), rated mostly 称职 as in seed 000
/// (satisfaction above 94%). Its own seeded Random, so the rest of the demo county stays as it was.
/// </summary>
public static class DemoVoterReports
{
    public static void Seed(CongressDbContext db, Township township, Term term, List<Deputy> deputies, List<Village> villages, DateOnly today)
    {
        var random = new Random(DemoSeeder.Seed + 3_001 * township.Number);
        var inOffice = deputies.Where(d => d.Status == DeputyStatus.InOffice).ToList();
        var reported = new HashSet<Guid>();
        for (var year = 2022; year <= today.Year; year++)
        {
            var low = (int)Math.Ceiling(inOffice.Count * 0.10);
            var high = (int)Math.Floor(inOffice.Count * 0.25);
            var count = random.Next(low, high + 1);
            // Those who have not reported yet this term go first: the per-term rule is what the county checks.
            var chosen = inOffice.OrderBy(d => reported.Contains(d.Id)).ThenBy(_ => random.Next()).Take(count).ToList();
            var lastDay = year == today.Year ? today.AddDays(-1) : new DateOnly(year, 12, 31);
            foreach (var deputy in chosen)
            {
                reported.Add(deputy.Id);
                var on = new DateOnly(year, 3, 1).AddDays(random.Next(0, lastDay.DayNumber - new DateOnly(year, 3, 1).DayNumber + 1));
                var audience = random.Next(45, 130);
                var cast = audience - random.Next(0, 4);
                // Nine in ten clearly 称职; the rest fall short of 80%, a rare one short of half.
                var share = random.Next(100) < 90 ? 0.82 + random.NextDouble() * 0.17 : 0.55 + random.NextDouble() * 0.24;
                var competent = (int)Math.Round(cast * share);
                var basic = random.Next(100) < 97 ? (int)Math.Round((cast - competent) * (0.5 + random.NextDouble() * 0.5)) : 0;
                var village = villages.FirstOrDefault(v => v.Id == deputy.VillageId) ?? villages[random.Next(villages.Count)];
                var report = new VoterReport
                {
                    TownshipId = township.Id, TermId = term.Id, DeputyId = deputy.Id, ReportedOn = on,
                    Place = $"{village.Name}{(village.Name.EndsWith("社区", StringComparison.Ordinal) ? "居民委员会" : "村民委员会")}会议室", // Chinese by design: demo data
                    District = deputy.Constituency, Audience = audience,
                    ReportText = $"本人{year}年参加{township.Name}人民代表大会会议，闭会期间参加代表小组活动和视察调研，联系走访选民，反映群众意见建议。", // Chinese by design: demo data
                    RatingMethod = RatingMethod.Votes, CompetentVotes = competent, BasicallyCompetentVotes = basic, IncompetentVotes = cast - competent - basic,
                    RatedOn = on,
                };
                report.Result = VoterReportRules.Result(report, CountyRules.Defaults);
                var published = on.AddDays(random.Next(1, 6));
                report.IsPublished = published <= today;
                report.PublishedOn = report.IsPublished ? published : null;
                report.FiledOn = on.AddDays(10) <= today ? on.AddDays(10) : null;
                db.VoterReports.Add(report);
            }
        }
    }
}
