using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.DeputyRecords;
using Township.Congress.Sessions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// The record's own demo rows: who voiced each activity opinion (one or two deputies present), a few declared items
/// a year (most approved, some declined, this year's last ones pending) and a few interviews. Deputies who neither
/// signed an item nor voiced an opinion stay "silent", a minority of each township-year (the flags page shows them).
/// Runs after the other demo files, on the entities they added; its own seeded Random.
/// </summary>
public static class DemoDeputyRecords
{
    #region Chinese by design: demo text
    private static readonly string[] Declared =
    [
        "发现村道桥梁护栏损坏，已向镇村镇建设服务中心反映", "单独走访困难群众，了解冬季取暖情况", "参加县人大组织的代表培训",
        "发现河道有倾倒垃圾现象，已联系河长", "走访种植大户，了解农产品销售困难", "参加市人大代表联络站活动",
    ];
    private static readonly string[] InterviewNotes =
    [
        "了解未履职原因，代表表示因外出务工参加活动较少，承诺今年至少参加两次视察并向选民述职。",
        "提醒代表按时参加代表大会和小组活动，代表表示将积极联系选民，提出建议。",
    ];
    #endregion

    public static void Seed(CongressDbContext db, Township township, List<Deputy> deputies, DateOnly today)
    {
        var random = new Random(DemoSeeder.Seed + 7_013 * township.Number);
        // The activities just added (not saved yet); reading them without a DetectChanges over the whole county's graph.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var activities = db.ChangeTracker.Entries<Activity>().Select(e => e.Entity).Where(a => a.TownshipId == township.Id && a.Status == ActivityStatus.Held).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = detect;
        var speakers = new List<ActivityOpinionSpeaker>();
        foreach (var activity in activities)
        {
            var present = activity.Participants.Where(p => p.Status == AttendanceStatus.Present).Select(p => p.DeputyId).ToList();
            foreach (var opinion in activity.Opinions)
            {
                // Most opinions are drawn up by one or two of the deputies present; a few by the presidium alone.
                if (present.Count == 0 || random.Next(100) < 25) continue;
                speakers.AddRange(present.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(d => new ActivityOpinionSpeaker
                {
                    TownshipId = township.Id, OpinionId = opinion.Id, ActivityId = activity.Id, DeputyId = d,
                }));
            }
        }
        db.AddRange(speakers);

        var inOffice = deputies.Where(d => d.Status == DeputyStatus.InOffice).ToList();
        var items = new List<DeclaredItem>();
        for (var year = 2022; year <= today.Year; year++)
        {
            var last = year == today.Year ? today.AddDays(-1) : new DateOnly(year, 12, 31);
            foreach (var deputy in inOffice.OrderBy(_ => random.Next()).Take(Math.Max(2, inOffice.Count / 10)))
            {
                var on = new DateOnly(year, 1, 10).AddDays(random.Next(0, last.DayNumber - new DateOnly(year, 1, 10).DayNumber + 1));
                var pending = year == today.Year && on > today.AddDays(-30);
                var declined = !pending && random.Next(100) < 12;
                var decidedOn = on.AddDays(random.Next(1, 10));
                if (decidedOn >= today) decidedOn = today;
                items.Add(new DeclaredItem
                {
                    TownshipId = township.Id, DeputyId = deputy.Id, Date = on, Kind = (DeclaredItemKind)random.Next(0, 4), Text = Declared[random.Next(Declared.Length)],
                    State = pending ? DeclaredItemState.Pending : declined ? DeclaredItemState.Declined : DeclaredItemState.Approved,
                    DecidedBy = pending ? "" : $"town{township.Number:D2}", DecidedOn = pending ? null : decidedOn,
                    DecisionNote = declined ? "与已登记的代表活动重复" : "", // Chinese by design: demo text
                });
            }
        }
        db.AddRange(items);

        // Two interviews a township, held early in a year with the previous year as their reason.
        foreach (var deputy in inOffice.OrderBy(_ => random.Next()).Take(2))
        {
            var year = random.Next(2023, today.Year + 1);
            db.Add(new DeputyInterview
            {
                TownshipId = township.Id, DeputyId = deputy.Id, HeldOn = new DateOnly(year, 2, 20).AddDays(random.Next(0, 20)),
                HeldBy = $"{township.Name}人大主席", Notes = InterviewNotes[random.Next(InterviewNotes.Length)], ForYear = year - 1,
            });
        }
    }
}
