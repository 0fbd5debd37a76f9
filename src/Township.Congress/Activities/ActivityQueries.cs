using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Sessions;

namespace Township.Congress.Activities;

/// <summary>The list's filters; paging starts at 1.</summary>
public sealed class ActivitySearch
{
    public Guid? TownshipId { get; set; }
    public int? Year { get; set; }
    public ActivityKind? Kind { get; set; }
    public Guid? GroupId { get; set; }
    public Guid? DeputyId { get; set; }
    public string? Text { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 20;
    public const int MaxPageSize = 500;
}

public sealed record ActivityListItem(Guid Id, Guid TownshipId, ActivityKind Kind, ActivityOrganiser Organiser, Guid? GroupId, string? GroupName,
    string Subject, DateOnly StartsOn, DateOnly EndsOn, ActivityStatus Status, int Planned, int PersonTimes);

public sealed record ParticipantRow(Guid DeputyId, string Name, AttendanceStatus Status);
public sealed record LinkedSuggestion(Guid Id, int Year, int Sequence, string Title);

/// <summary>The detail page and the API's GET: the activity with every part, names resolved.</summary>
public sealed record ActivityDetails(Activity Activity, string TownshipName, string? GroupName, IReadOnlyList<ParticipantRow> Participants,
    IReadOnlyList<RectificationItem> Rectifications, IReadOnlyList<ActivityFileView> Files, IReadOnlyList<LinkedSuggestion> Suggestions)
{
    public int PersonTimes => Activity.PersonTimes;

    /// <summary>Who voiced each opinion (by opinion id): deputy ids, in the roll's name order.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> OpinionSpeakers { get; init; } = new Dictionary<Guid, IReadOnlyList<Guid>>();

    /// <summary>The names of an opinion's speakers, in the roll's name order.</summary>
    public IReadOnlyList<string> SpeakerNames(Guid opinionId) => OpinionSpeakers.GetValueOrDefault(opinionId) is { } ids
        ? Participants.Where(p => ids.Contains(p.DeputyId)).Select(p => p.Name).ToList()
        : [];
}

/// <summary>A group's year: held activities against the rule, and its plan.</summary>
public sealed record GroupYear(Guid GroupId, string GroupName, int Held, int Required, bool IsShort, IReadOnlyList<GroupPlanItem> Plan)
{
    /// <summary>The held activities counted in <see cref="Held"/>, in date order.</summary>
    public IReadOnlyList<ActivityListItem> HeldActivities { get; init; } = [];

    /// <summary>Whether a plan line was carried out: a held activity of its kind in its month.</summary>
    public bool IsDone(GroupPlanItem item) => HeldActivities.Any(a => a.Kind == item.Kind && a.StartsOn.Month == item.Month);
}

/// <summary>An activity a deputy was on the roll of, for the performance record (履职档案).</summary>
public sealed record DeputyActivity(Guid ActivityId, ActivityKind Kind, string Subject, DateOnly StartsOn, DateOnly EndsOn, ActivityStatus Status, AttendanceStatus Attendance);

public static class ActivityQueries
{
    public static async Task<Paged<ActivityListItem>> SearchActivitiesAsync(this CongressDbContext db, ActivitySearch s, CancellationToken ct = default)
    {
        var q = db.Activities.AsNoTracking().AsQueryable();
        if (s.TownshipId is { } t) q = q.Where(a => a.TownshipId == t);
        if (s.Year is { } y) q = q.Where(a => a.StartsOn >= new DateOnly(y, 1, 1) && a.StartsOn <= new DateOnly(y, 12, 31));
        if (s.Kind is { } k) q = q.Where(a => a.Kind == k);
        if (s.GroupId is { } g) q = q.Where(a => a.GroupId == g);
        if (s.DeputyId is { } d) q = q.Where(a => a.Participants.Any(p => p.DeputyId == d));
        if (!string.IsNullOrWhiteSpace(s.Text))
        {
            var text = s.Text.Trim();
            q = q.Where(a => a.Subject.Contains(text) || a.Places.Contains(text) || a.Findings.Contains(text));
        }
        var total = await q.CountAsync(ct);
        var page = Math.Max(1, s.Page);
        var size = Math.Clamp(s.PageSize, 1, ActivitySearch.MaxPageSize);
        var rows = await q.OrderByDescending(a => a.StartsOn).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new ActivityListItem(a.Id, a.TownshipId, a.Kind, a.Organiser, a.GroupId,
                db.DeputyGroups.Where(x => x.Id == a.GroupId).Select(x => x.Name).FirstOrDefault(), a.Subject, a.StartsOn, a.EndsOn, a.Status,
                a.Participants.Count(), a.Status == ActivityStatus.Held ? a.Participants.Count(p => p.Status == AttendanceStatus.Present) : 0))
            .ToListAsync(ct);
        return new Paged<ActivityListItem>(rows, total);
    }

    public static async Task<ActivityDetails> ActivityDetailsAsync(this CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var found = await db.FindVisibleAsync<Activity>(id, ct);
        var a = await db.Activities.AsNoTracking().AsSplitQuery().Include(x => x.Units).Include(x => x.Participants).Include(x => x.Opinions)
            .FirstAsync(x => x.Id == found.Id, ct);
        var township = await db.Townships.Where(t => t.Id == a.TownshipId).Select(t => t.Name).FirstAsync(ct);
        var group = a.GroupId is { } g ? await db.DeputyGroups.Where(x => x.Id == g).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var ids = a.Participants.Select(p => p.DeputyId).ToList();
        var deputies = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.NameSortKey }).ToListAsync(ct);
        var participants = a.Participants.Join(deputies, p => p.DeputyId, d => d.Id, (p, d) => (Row: new ParticipantRow(d.Id, d.Name, p.Status), d.NameSortKey))
            .OrderBy(x => x.NameSortKey, StringComparer.Ordinal).Select(x => x.Row).ToList();
        var rectifications = await new RectificationService(db).ListAsync(RectificationSource.Activity, a.Id, ct);
        var files = await db.Set<ActivityFile>().AsNoTracking().Where(f => f.ActivityId == a.Id).OrderBy(f => f.UploadedAtUtc)
            .Select(f => new ActivityFileView(f.Id, f.FileName, f.ContentType, f.SizeBytes, f.UploadedAtUtc, f.UploadedBy)).ToListAsync(ct);
        var suggestions = await db.Set<ActivitySuggestion>().AsNoTracking().Where(l => l.ActivityId == a.Id)
            .Join(db.Suggestions, l => l.SuggestionId, s => s.Id, (l, s) => s)
            .OrderBy(s => s.Year).ThenBy(s => s.Sequence).Select(s => new LinkedSuggestion(s.Id, s.Year, s.Sequence, s.Title)).ToListAsync(ct);
        var spoken = await db.Set<ActivityOpinionSpeaker>().AsNoTracking().Where(x => x.ActivityId == a.Id)
            .Select(x => new { x.OpinionId, x.DeputyId }).ToListAsync(ct);
        var order = participants.Select((p, i) => (p.DeputyId, i)).ToDictionary(x => x.DeputyId, x => x.i);
        var speakers = spoken.GroupBy(x => x.OpinionId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<Guid>)g.Select(x => x.DeputyId).OrderBy(d => order.GetValueOrDefault(d, int.MaxValue)).ToList());
        return new ActivityDetails(a, township, group, participants, rectifications, files, suggestions) { OpinionSpeakers = speakers };
    }

    /// <summary>The activity a suggestion arose from, for "来源：" on the suggestion's page.</summary>
    public static Task<ActivityListItem?> ActivityOfSuggestionAsync(this CongressDbContext db, Guid suggestionId, CancellationToken ct = default) =>
        db.Set<ActivitySuggestion>().AsNoTracking().Where(l => l.SuggestionId == suggestionId)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new ActivityListItem(a.Id, a.TownshipId, a.Kind, a.Organiser, a.GroupId, null,
                a.Subject, a.StartsOn, a.EndsOn, a.Status, 0, 0))
            .FirstOrDefaultAsync(ct);

    /// <summary>Every group of the township in a year: held activities it organised, the rule's minimum, the flag, the plan.</summary>
    public static async Task<IReadOnlyList<GroupYear>> GroupYearsAsync(this CongressDbContext db, Guid townshipId, int year, CountyRules rules, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var groups = await db.DeputyGroups.AsNoTracking().Where(g => g.TownshipId == townshipId).OrderBy(g => g.SortOrder).ThenBy(g => g.Name)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var held = (await db.Activities.AsNoTracking()
            .Where(a => a.TownshipId == townshipId && a.GroupId != null && a.Status == ActivityStatus.Held && a.StartsOn >= start && a.StartsOn <= end)
            .OrderBy(a => a.StartsOn)
            .Select(a => new ActivityListItem(a.Id, a.TownshipId, a.Kind, a.Organiser, a.GroupId, null, a.Subject, a.StartsOn, a.EndsOn, a.Status, 0, 0))
            .ToListAsync(ct)).ToLookup(a => a.GroupId!.Value);
        var plans = (await db.Set<GroupPlanItem>().AsNoTracking().Where(p => p.TownshipId == townshipId && p.Year == year).ToListAsync(ct))
            .OrderBy(p => p.Month).ThenBy(p => p.Subject, StringComparer.Ordinal).ToLookup(p => p.GroupId);
        var required = rules.Whole(ActivityRules.GroupHeldPerYear);
        return groups.Select(g =>
        {
            var mine = held[g.Id].ToList();
            return new GroupYear(g.Id, g.Name, mine.Count, required, ActivityRules.GroupIsShort(mine.Count, rules), plans[g.Id].ToList())
            {
                HeldActivities = mine,
            };
        }).ToList();
    }

    /// <summary>The activities a deputy was on the roll of, in date order (of one year when given).</summary>
    public static async Task<IReadOnlyList<DeputyActivity>> DeputyActivitiesAsync(this CongressDbContext db, Guid deputyId, int? year, CancellationToken ct = default)
    {
        var q = db.Set<ActivityParticipant>().AsNoTracking().Where(p => p.DeputyId == deputyId)
            .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => new { p.Status, a });
        if (year is { } y) q = q.Where(x => x.a.StartsOn >= new DateOnly(y, 1, 1) && x.a.StartsOn <= new DateOnly(y, 12, 31));
        return await q.OrderBy(x => x.a.StartsOn)
            .Select(x => new DeputyActivity(x.a.Id, x.a.Kind, x.a.Subject, x.a.StartsOn, x.a.EndsOn, x.a.Status, x.Status)).ToListAsync(ct);
    }

    /// <summary>Activities (not cancelled) overlapping a period, for the sessions page's calendar.</summary>
    public static Task<List<ActivityListItem>> ActivitiesBetweenAsync(this CongressDbContext db, Guid townshipId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        db.Activities.AsNoTracking()
            .Where(a => a.TownshipId == townshipId && a.Status != ActivityStatus.Cancelled && a.StartsOn <= to && a.EndsOn >= from)
            .OrderBy(a => a.StartsOn)
            .Select(a => new ActivityListItem(a.Id, a.TownshipId, a.Kind, a.Organiser, a.GroupId, null, a.Subject, a.StartsOn, a.EndsOn, a.Status, 0, 0))
            .ToListAsync(ct);
}

/// <summary>Chinese names of the activity enums, the same on the pages and in the printed report.</summary>
public static class ActivityLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<ActivityKind> Kinds = new(
        (ActivityKind.Inspection, "视察"),
        (ActivityKind.Survey, "调研"),
        (ActivityKind.LawEnforcementCheck, "执法检查"),
        (ActivityKind.SpecialCheck, "专项检查"),
        (ActivityKind.TopicalInquiry, "专题询问"),
        (ActivityKind.Symposium, "座谈会"),
        (ActivityKind.Training, "培训"),
        (ActivityKind.Study, "学习"),
        (ActivityKind.GroupActivity, "代表小组活动"),
        (ActivityKind.AttendingMeeting, "列席"),
        (ActivityKind.Other, "其他"));

    public static readonly EnumLabels<ActivityOrganiser> Organisers = new(
        (ActivityOrganiser.Presidium, "乡镇人大主席团"),
        (ActivityOrganiser.DeputyGroup, "代表小组"),
        (ActivityOrganiser.CountyCommittee, "县人大常委会"));

    public static readonly EnumLabels<ActivityStatus> Statuses = new(
        (ActivityStatus.Planned, "计划中"),
        (ActivityStatus.Held, "已举行"),
        (ActivityStatus.Cancelled, "已取消"));

    public static readonly EnumLabels<AttendanceStatus> Attendance = new(
        (AttendanceStatus.Unmarked, "未登记"),
        (AttendanceStatus.Present, "出席"),
        (AttendanceStatus.OnLeave, "请假"),
        (AttendanceStatus.Absent, "缺席"));

    public static readonly EnumLabels<RectificationSource> Sources = new(
        (RectificationSource.Activity, "代表活动"),
        (RectificationSource.Appraisal, "工作评议"),
        (RectificationSource.LivelihoodProject, "民生实事"));
    #endregion
}
