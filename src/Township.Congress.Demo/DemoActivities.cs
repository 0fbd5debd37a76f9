using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Rectifications;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Activities between sessions, 2022–2026: per year 6–12 organised by the presidium (a law-enforcement
/// check most years, trainings), each deputy group two or three held (a few short), attendance mostly
/// present, findings, opinions and rectification items (a few still open past their deadline in 2026).
/// </summary>
internal static class DemoActivities
{
    #region Chinese by design: demo subjects, places and findings
    private static readonly (ActivityKind Kind, string Subject)[] PresidiumSubjects =
    [
        (ActivityKind.Inspection, "农村人居环境整治情况视察"), (ActivityKind.Inspection, "农村公路建设养护情况视察"),
        (ActivityKind.Survey, "乡村振兴产业发展情况调研"), (ActivityKind.Survey, "农村养老服务情况调研"),
        (ActivityKind.SpecialCheck, "食品安全专项检查"), (ActivityKind.SpecialCheck, "安全生产专项检查"),
        (ActivityKind.Symposium, "代表座谈会"), (ActivityKind.Study, "宪法和代表法学习"), (ActivityKind.TopicalInquiry, "义务教育均衡发展专题询问"),
        (ActivityKind.Inspection, "民生实事项目推进情况视察"), (ActivityKind.Survey, "耕地保护情况调研"),
    ];

    private static readonly (string Law, string Articles)[] Laws =
    [
        ("《中华人民共和国森林法》", "第二十条、第三十九条"), ("《中华人民共和国土地管理法》", "第三十条、第三十七条"),
        ("《中华人民共和国义务教育法》", "第五条、第十三条"), ("《中华人民共和国食品安全法》", "第三十三条"),
    ];

    private static readonly string[] Findings =
    [
        "部分村组道路破损，雨季通行困难。", "个别村垃圾收运不及时，存在乱堆乱放现象。", "项目进度滞后于计划，资金拨付不及时。",
        "群众对政策知晓率不高，宣传不到位。", "基层工作人员力量不足，台账资料不完整。", "安全隐患排查整改不彻底。",
    ];

    private static readonly string[] Matters =
    [
        "修复破损路段并设置警示标志", "增加垃圾收运频次并建立保洁台账", "加快项目建设进度", "开展政策宣传进村入户",
        "完善工作台账资料", "落实隐患整改并复查",
    ];

    private static readonly string[] Owners = ["镇农业农村办公室", "镇村镇建设服务中心", "镇社会事务办公室", "镇安全生产监督管理站", "镇财政所"];
    #endregion

    public static void Seed(CongressDbContext db, Township township, IReadOnlyList<DeputyGroup> groups, List<Deputy> deputies,
        List<DeputyStatusChange> history, DateOnly today)
    {
        // Their own sequence, so adding activities left every other demo figure as it was.
        var random = new Random(DemoSeeder.Seed * 7 + township.Number);
        var villages = db.Villages.Local.Where(v => v.TownshipId == township.Id).Select(v => v.Name).ToList();
        var byDeputy = history.ToLookup(h => h.DeputyId);
        for (var year = 2022; year <= 2026; year++)
        {
            var presidium = random.Next(6, 13);
            for (var n = 0; n < presidium; n++)
            {
                var (kind, subject) = n == 0 && random.Next(100) < 85 ? (ActivityKind.LawEnforcementCheck, "")
                    : n == 1 ? (ActivityKind.Training, "代表履职能力培训") : PresidiumSubjects[random.Next(PresidiumSubjects.Length)];
                var law = kind == ActivityKind.LawEnforcementCheck ? Laws[random.Next(Laws.Length)] : ("", "");
                if (kind == ActivityKind.LawEnforcementCheck) subject = $"{law.Item1}贯彻实施情况执法检查";
                var day = Day(random, year, n, presidium);
                var inOffice = deputies.Where(d => TermOfOffice.InOfficeOn(d, byDeputy[d.Id], day)).ToList();
                var roll = inOffice.OrderBy(_ => random.Next()).Take(random.Next(8, 21)).ToList();
                Add(db, random, township, villages, kind, ActivityOrganiser.Presidium, null, subject, day, roll, law, today);
            }
            foreach (var group in groups)
            {
                // Most groups hold two or three a year; about one in eight falls short with one.
                var held = random.Next(100) < 12 ? 1 : random.Next(2, 4);
                for (var n = 0; n < held; n++)
                {
                    var day = Day(random, year, n, held);
                    var members = deputies.Where(d => d.GroupId == group.Id && TermOfOffice.InOfficeOn(d, byDeputy[d.Id], day)).ToList();
                    Add(db, random, township, villages, ActivityKind.GroupActivity, ActivityOrganiser.DeputyGroup, group.Id,
                        $"{group.Name}走访联系选民活动", day, members, ("", ""), today);
                }
                db.Add(new GroupPlanItem { TownshipId = township.Id, GroupId = group.Id, Year = year, Month = 4, Subject = "走访联系选民", Kind = ActivityKind.GroupActivity });
                db.Add(new GroupPlanItem { TownshipId = township.Id, GroupId = group.Id, Year = year, Month = 9, Subject = "视察民生实事项目", Kind = ActivityKind.Inspection });
            }
        }
    }

    /// <summary>Spread over the year; in 2026 all before the demo's today (26 November).</summary>
    private static DateOnly Day(Random random, int year, int n, int count)
    {
        var span = year == 2026 ? 320 : 350;
        var slot = span / count;
        return new DateOnly(year, 1, 10).AddDays(n * slot + random.Next(0, Math.Max(1, slot - 3)));
    }

    private static void Add(CongressDbContext db, Random random, Township township, List<string> villages, ActivityKind kind,
        ActivityOrganiser organiser, Guid? groupId, string subject, DateOnly day, List<Deputy> roll, (string Law, string Articles) law, DateOnly today)
    {
        var ends = kind == ActivityKind.Training ? day.AddDays(1) : day;
        var activity = new Activity
        {
            TownshipId = township.Id, Kind = kind, Organiser = organiser, GroupId = groupId, Subject = subject, StartsOn = day, EndsOn = ends,
            Status = ActivityStatus.Held, Places = villages[random.Next(villages.Count)], Law = law.Law, LawArticles = law.Articles,
        };
        foreach (var d in roll)
        {
            var r = random.Next(100);
            activity.Participants.Add(new ActivityParticipant
            {
                TownshipId = township.Id, ActivityId = activity.Id, DeputyId = d.Id,
                Status = r < 86 ? AttendanceStatus.Present : r < 96 ? AttendanceStatus.OnLeave : AttendanceStatus.Absent,
            });
        }
        var supervises = kind is ActivityKind.Inspection or ActivityKind.Survey or ActivityKind.LawEnforcementCheck or ActivityKind.SpecialCheck;
        if (supervises)
        {
            var finding = Findings[random.Next(Findings.Length)];
            activity.Findings = finding;
            var owner = Owners[random.Next(Owners.Length)];
            activity.Units.Add(new ActivityUnit { TownshipId = township.Id, ActivityId = activity.Id, Name = owner });
            activity.Opinions.Add(new ActivityOpinion
            {
                TownshipId = township.Id, ActivityId = activity.Id, Text = $"针对{finding.TrimEnd('。')}的问题，建议镇政府限期整改。",
                ReceivingUnitName = $"{township.Name}人民政府", SentOn = ends.AddDays(random.Next(3, 10)),
            });
            if (random.Next(100) < 60)
            {
                var deadline = ends.AddDays(random.Next(30, 120));
                // Items whose deadline passed are mostly done; a few of 2026 are still open.
                var done = deadline < today && random.Next(100) < (day.Year == 2026 ? 60 : 97);
                db.Add(new RectificationItem
                {
                    TownshipId = township.Id, Source = RectificationSource.Activity, SourceId = activity.Id,
                    Matter = Matters[random.Next(Matters.Length)], OwnerUnitName = owner, Deadline = deadline,
                    Result = done ? "已按期整改完毕，经代表回访确认。" : null, CompletedOn = done ? deadline.AddDays(-random.Next(0, 10)) : null,
                });
            }
        }
        db.Add(activity);
    }
}
