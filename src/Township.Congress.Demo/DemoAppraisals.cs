using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Suggestions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// One published work appraisal per township and year (2022–2026) of 3–6 units, counted by grade: mostly
/// 满意, now and then a unit rated 不满意 with its rectification order (done in the years before the last).
/// Its own seeded random, so the rest of the demo county stays as it was.
/// </summary>
internal static class DemoAppraisals
{
    public const int FirstYear = 2022;
    public const int LastYear = 2026;

    public static void Seed(CongressDbContext db, Township township, List<Deputy> deputies, Dictionary<string, HandlingUnit> countyUnits,
        Dictionary<string, HandlingUnit> townshipUnits)
    {
        var random = new Random(DemoSeeder.Seed + (township.Number * 7919));
        var pool = new[] { townshipUnits["派出所"] }
            .Concat(DemoUnits.TownshipOffices.Select(o => townshipUnits[o]))
            .Concat(new[] { "县农业农村局", "县住房和城乡建设局", "县水利局", "县交通运输局", "县民政局" }.Select(n => countyUnits[n]))
            .ToList();
        var inOffice = deputies.Count(d => d.Status == DeputyStatus.InOffice);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var startsOn = new DateOnly(year, 9, random.Next(1, 16));
            var publishedOn = new DateOnly(year, 11, random.Next(5, 21));
            var appraisal = new Appraisal
            {
                TownshipId = township.Id, Year = year, Title = $"{year}年度站所工作评议", // Chinese by design: demo data
                Plan = "听取被评议单位工作汇报，组织代表视察走访，召开评议大会进行满意度测评，公布结果并督促整改。", // Chinese by design: demo data
                StartsOn = startsOn, EndsOn = publishedOn, State = AppraisalState.Published, PublishedOn = publishedOn,
            };
            db.Add(appraisal);
            var chosen = pool.OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToList();
            // About one appraisal in four finds a unit 不满意.
            var failing = random.Next(4) == 0 ? random.Next(chosen.Count) : -1;
            for (var i = 0; i < chosen.Count; i++)
            {
                var voting = Math.Max(3, inOffice - random.Next(0, Math.Max(1, inOffice / 8)));
                var (s, b) = i == failing
                    ? (voting * random.Next(10, 30) / 100, voting * random.Next(10, 20) / 100)
                    : (voting * random.Next(70, 96) / 100, 0);
                if (i != failing) b = (voting - s) * random.Next(50, 90) / 100;
                var subject = new AppraisalSubject
                {
                    TownshipId = township.Id, AppraisalId = appraisal.Id, Kind = AppraisalSubjectKind.Unit, UnitId = chosen[i].Id,
                    Name = chosen[i].Name, SortOrder = i + 1, Satisfied = s, BasicallySatisfied = b, Unsatisfied = voting - s - b,
                };
                db.Add(subject);
                if (SatisfactionRule.Grade(subject.Satisfied, subject.BasicallySatisfied, subject.Unsatisfied, CountyRules.Defaults)
                    != SatisfactionGrade.Unsatisfied) continue;
                var deadline = publishedOn.AddMonths(3);
                var order = new RectificationItem
                {
                    TownshipId = township.Id, Source = RectificationSource.Appraisal, SourceId = appraisal.Id,
                    Matter = $"在{appraisal.Title}中测评为“不满意”，限期整改。", // Chinese by design: demo data
                    OwnerUnitId = chosen[i].Id, OwnerUnitName = chosen[i].Name, Deadline = deadline,
                    Result = year < LastYear ? "已制定整改方案并逐项落实，经代表回访认可。" : null, // Chinese by design: demo data
                    CompletedOn = year < LastYear ? deadline.AddDays(-random.Next(1, 30)) : null,
                };
                subject.RectificationItemId = order.Id;
                db.Add(order);
            }
        }
    }
}
