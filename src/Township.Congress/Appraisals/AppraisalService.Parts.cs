using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.Appraisals;

public sealed partial class AppraisalService
{
    /// <summary>
    /// Enters one deputy's 测评表. The subjects' counts are then the sums of the sheets, so results from
    /// sheets and from typed counts go through the same rule. Not after counts were typed directly.
    /// </summary>
    public async Task<AppraisalSheet> EnterSheetAsync(Guid appraisalId, SheetInput input, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        EnsureOpen(appraisal);
        var errors = new List<ValidationError>();
        if (appraisal.Sheets.Count == 0 && appraisal.Subjects.Any(s => s.Voting > 0))
            throw new DomainValidationException([new("DeputyId", ModelText.Appraisal_SheetsAfterCounts)]);
        var inOffice = await db.Deputies.AnyAsync(d => d.Id == input.DeputyId && d.TownshipId == appraisal.TownshipId
            && d.Status == DeputyStatus.InOffice, ct);
        if (!inOffice) errors.Add(new("DeputyId", ModelText.Appraisal_SheetDeputyUnknown));
        else if (appraisal.Sheets.Any(s => s.DeputyId == input.DeputyId)) errors.Add(new("DeputyId", ModelText.Appraisal_SheetTwice));
        if (input.Marks.Count == 0) errors.Add(new("Marks", ModelText.Appraisal_SheetEmpty));
        if (input.Marks.Any(m => appraisal.Subjects.All(s => s.Id != m.SubjectId))) errors.Add(new("Marks", ModelText.Appraisal_SubjectUnknown));
        if (input.Marks.GroupBy(m => m.SubjectId).Any(g => g.Count() > 1)) errors.Add(new("Marks", ModelText.Appraisal_SheetSubjectTwice));
        DomainValidationException.ThrowIfAny(errors);
        var sheet = new AppraisalSheet { TownshipId = appraisal.TownshipId, AppraisalId = appraisal.Id, DeputyId = input.DeputyId };
        sheet.Marks.AddRange(input.Marks.Select(m => new AppraisalMark
        {
            TownshipId = appraisal.TownshipId, SheetId = sheet.Id, SubjectId = m.SubjectId, Grade = m.Grade,
        }));
        appraisal.Sheets.Add(sheet);
        db.Add(sheet);
        SumSheets(appraisal);
        await db.SaveChangesAsync(ct);
        return sheet;
    }

    /// <summary>Takes back a sheet entered by mistake; the counts are summed again.</summary>
    public async Task RemoveSheetAsync(Guid appraisalId, Guid sheetId, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        EnsureOpen(appraisal);
        var sheet = appraisal.Sheets.FirstOrDefault(s => s.Id == sheetId) ?? throw new KeyNotFoundException($"AppraisalSheet {sheetId}");
        appraisal.Sheets.Remove(sheet);
        db.RemoveRange(sheet.Marks);
        db.Remove(sheet);
        SumSheets(appraisal);
        await db.SaveChangesAsync(ct);
    }

    public async Task<AppraisalReport> AddReportAsync(Guid appraisalId, ReportInput input, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Summary)) errors.Add(new("Summary", ModelText.Appraisal_ReportSummaryRequired));
        if (input.HeardOn < appraisal.StartsOn || input.HeardOn > Today) errors.Add(new("HeardOn", ModelText.Appraisal_ReportDateInvalid));
        DomainValidationException.ThrowIfAny(errors);
        var report = new AppraisalReport { TownshipId = appraisal.TownshipId, AppraisalId = appraisal.Id, HeardOn = input.HeardOn, Summary = input.Summary.Trim() };
        appraisal.Reports.Add(report);
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task RemoveReportAsync(Guid appraisalId, Guid reportId, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        var report = appraisal.Reports.FirstOrDefault(r => r.Id == reportId) ?? throw new KeyNotFoundException($"AppraisalReport {reportId}");
        db.Remove(report);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Links a visit (an activity of the same township) to the appraisal.</summary>
    public async Task<AppraisalVisit> LinkVisitAsync(Guid appraisalId, Guid activityId, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        if (!await db.Activities.AnyAsync(a => a.Id == activityId && a.TownshipId == appraisal.TownshipId, ct))
            throw new DomainValidationException([new("ActivityId", ModelText.Appraisal_VisitUnknown)]);
        if (appraisal.Visits.Any(v => v.ActivityId == activityId))
            throw new DomainValidationException([new("ActivityId", ModelText.Appraisal_VisitTwice)]);
        var visit = new AppraisalVisit { TownshipId = appraisal.TownshipId, AppraisalId = appraisal.Id, ActivityId = activityId };
        appraisal.Visits.Add(visit);
        db.Add(visit);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public async Task UnlinkVisitAsync(Guid appraisalId, Guid activityId, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        var visit = appraisal.Visits.FirstOrDefault(v => v.ActivityId == activityId) ?? throw new KeyNotFoundException($"AppraisalVisit {activityId}");
        db.Remove(visit);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Issues a rectification order (整改事项, followed up with <see cref="RectificationService"/>) with the
    /// deadline to every subject the published result rates 不满意 that has none yet; returns the new ones.
    /// </summary>
    public async Task<List<RectificationItem>> OrderRectificationsAsync(Guid appraisalId, DateOnly deadline, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        if (appraisal.State != AppraisalState.Published || appraisal.PublishedOn is not { } published)
            throw new DomainValidationException([new("State", ModelText.Appraisal_RectifyNeedsPublished)]);
        if (deadline <= published) throw new DomainValidationException([new("Deadline", ModelText.Appraisal_DeadlineBeforePublished)]);
        var rules = await new CountyRulesService(db).ForTownshipAsync(appraisal.TownshipId, ct);
        var orders = new List<RectificationItem>();
        foreach (var subject in appraisal.Subjects.Where(s => s.RectificationItemId is null).OrderBy(s => s.SortOrder))
        {
            if (SatisfactionRule.Grade(subject.Satisfied, subject.BasicallySatisfied, subject.Unsatisfied, rules) != SatisfactionGrade.Unsatisfied)
                continue;
            var item = new RectificationItem
            {
                TownshipId = appraisal.TownshipId, Source = RectificationSource.Appraisal, SourceId = appraisal.Id,
                Matter = string.Format(ModelText.Appraisal_RectificationMatter, appraisal.Title), OwnerUnitId = subject.UnitId,
                OwnerUnitName = subject.DisplayName, Deadline = deadline,
            };
            subject.RectificationItemId = item.Id;
            db.Add(item);
            orders.Add(item);
        }
        await db.SaveChangesAsync(ct);
        return orders;
    }

    private static void SumSheets(Appraisal appraisal)
    {
        var marks = appraisal.Sheets.SelectMany(s => s.Marks).ToList();
        foreach (var subject in appraisal.Subjects)
        {
            int Count(SatisfactionGrade g) => marks.Count(m => m.SubjectId == subject.Id && m.Grade == g);
            (subject.Satisfied, subject.BasicallySatisfied, subject.Unsatisfied) =
                (Count(SatisfactionGrade.Satisfied), Count(SatisfactionGrade.BasicallySatisfied), Count(SatisfactionGrade.Unsatisfied));
        }
        if (appraisal.State == AppraisalState.Planned && marks.Count > 0) appraisal.State = AppraisalState.InProgress;
    }
}
