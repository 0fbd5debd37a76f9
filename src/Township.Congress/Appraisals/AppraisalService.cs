using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Appraisals;

/// <summary>
/// Plans, counts and publishes appraisals. Every change to a part (subject, counts, sheet, report, visit)
/// is made as of the appraisal's version and bumps it, so two people counting at once see a conflict.
/// </summary>
public sealed partial class AppraisalService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    /// <summary>A new appraisal, planned; with subjects and their counts when given (the API's POST), in one save.</summary>
    public async Task<Appraisal> CreateAsync(Guid townshipId, AppraisalInput input, IReadOnlyList<SubjectChange>? subjects = null,
        CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        DomainValidationException.ThrowIfAny(Validate(input));
        var appraisal = new Appraisal { TownshipId = townshipId, Title = "" };
        Apply(appraisal, input);
        db.Add(appraisal);
        if (subjects is { Count: > 0 })
        {
            if (subjects.Any(s => s.Id is not null)) throw new DomainValidationException([new("Subjects", ModelText.Appraisal_SubjectUnknown)]);
            var counts = new List<SubjectCounts>();
            foreach (var s in subjects)
            {
                var subject = await AddSubjectAsync(appraisal, new SubjectInput(s.Kind, s.UnitId, s.Name, s.Post), ct);
                counts.Add(new SubjectCounts(subject.Id, s.Satisfied, s.BasicallySatisfied, s.Unsatisfied));
            }
            await SetCountsAsync(appraisal, counts, ct);
        }
        await db.SaveChangesAsync(ct);
        return appraisal;
    }

    public async Task<Appraisal> UpdateAsync(Guid id, AppraisalInput input, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(id, version, ct);
        DomainValidationException.ThrowIfAny(Validate(input));
        Apply(appraisal, input);
        await db.SaveChangesAsync(ct);
        return appraisal;
    }

    /// <summary>The API's PUT: fields, subjects with their counts and a state step, in one save.</summary>
    public async Task<Appraisal> SaveAsync(Guid id, AppraisalChange change, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(id, version, ct);
        DomainValidationException.ThrowIfAny(Validate(change.Appraisal));
        Apply(appraisal, change.Appraisal);
        if (change.Subjects is { } subjects)
        {
            var kept = subjects.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
            var unknown = kept.Where(k => appraisal.Subjects.All(s => s.Id != k)).ToList();
            if (unknown.Count > 0) throw new DomainValidationException([new("Subjects", ModelText.Appraisal_SubjectUnknown)]);
            var removed = appraisal.Subjects.Where(s => !kept.Contains(s.Id)).ToList();
            if (removed.Count > 0 || subjects.Any(s => s.Id is null)) EnsureOpen(appraisal);
            foreach (var subject in removed) RemoveSubject(appraisal, subject);
            var counts = new List<SubjectCounts>();
            foreach (var s in subjects)
            {
                if (s.Id is { } keptId) Rename(appraisal, appraisal.Subjects.First(x => x.Id == keptId), s);
                var subjectId = s.Id ?? (await AddSubjectAsync(appraisal, new SubjectInput(s.Kind, s.UnitId, s.Name, s.Post), ct)).Id;
                counts.Add(new SubjectCounts(subjectId, s.Satisfied, s.BasicallySatisfied, s.Unsatisfied));
            }
            // Unchanged counts are no edit: a published appraisal (or one counted from sheets) can be sent back as read.
            if (counts.Any(c => Differs(appraisal, c))) await SetCountsAsync(appraisal, counts, ct);
        }
        if (change.State is { } state && state != appraisal.State) await StepAsync(appraisal, state, change.PublishedOn, ct);
        await db.SaveChangesAsync(ct);
        return appraisal;
    }

    public async Task<AppraisalSubject> AddSubjectAsync(Guid appraisalId, SubjectInput input, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        EnsureOpen(appraisal);
        var subject = await AddSubjectAsync(appraisal, input, ct);
        await db.SaveChangesAsync(ct);
        return subject;
    }

    public async Task RemoveSubjectAsync(Guid appraisalId, Guid subjectId, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        EnsureOpen(appraisal);
        var subject = appraisal.Subjects.FirstOrDefault(s => s.Id == subjectId)
            ?? throw new DomainValidationException([new("SubjectId", ModelText.Appraisal_SubjectUnknown)]);
        RemoveSubject(appraisal, subject);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the counts per grade of the given subjects (the others keep theirs).</summary>
    public async Task<Appraisal> SetCountsAsync(Guid appraisalId, IReadOnlyList<SubjectCounts> counts, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        await SetCountsAsync(appraisal, counts, ct);
        await db.SaveChangesAsync(ct);
        return appraisal;
    }

    /// <summary>Planned → in progress → published; never back. Publishing needs every subject counted and the day it was published.</summary>
    public async Task<Appraisal> ChangeStateAsync(Guid appraisalId, AppraisalState state, DateOnly? publishedOn, long version, CancellationToken ct = default)
    {
        var appraisal = await EditAsync(appraisalId, version, ct);
        await StepAsync(appraisal, state, publishedOn, ct);
        await db.SaveChangesAsync(ct);
        return appraisal;
    }

    private Task StepAsync(Appraisal appraisal, AppraisalState state, DateOnly? publishedOn, CancellationToken ct)
    {
        if (state < appraisal.State) throw new DomainValidationException([new("State", ModelText.Appraisal_NotBackwards)]);
        if (state == AppraisalState.Published)
        {
            var errors = new List<ValidationError>();
            if (appraisal.Subjects.Count == 0) errors.Add(new("Subjects", ModelText.Appraisal_PublishNeedsSubjects));
            else if (appraisal.Subjects.OrderBy(s => s.SortOrder).FirstOrDefault(s => s.Voting == 0) is { } uncounted)
                errors.Add(new("Subjects", string.Format(ModelText.Appraisal_PublishNeedsCounts, uncounted.DisplayName)));
            if (publishedOn is not { } day) errors.Add(new("PublishedOn", ModelText.Appraisal_PublishedOnRequired));
            else if (day < appraisal.StartsOn || day > Today) errors.Add(new("PublishedOn", ModelText.Appraisal_PublishedOnInvalid));
            DomainValidationException.ThrowIfAny(errors);
            appraisal.PublishedOn = publishedOn;
        }
        appraisal.State = state;
        return Task.CompletedTask;
    }

    private async Task<AppraisalSubject> AddSubjectAsync(Appraisal appraisal, SubjectInput input, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        string name;
        var post = "";
        Guid? unitId = null;
        if (input.Kind == AppraisalSubjectKind.Unit)
        {
            name = "";
            if (input.UnitId is not { } id) errors.Add(new("UnitId", ModelText.Appraisal_UnitRequired));
            else
            {
                // A county department, or this township's own office; another township's own unit is as unknown.
                var unit = await db.HandlingUnits.AsNoTracking()
                    .FirstOrDefaultAsync(u => u.Id == id && (u.TownshipId == null || u.TownshipId == appraisal.TownshipId), ct);
                if (unit is null) errors.Add(new("UnitId", ModelText.Appraisal_UnitUnknown));
                else (name, unitId) = (unit.Name, unit.Id);
                if (unit is not null && appraisal.Subjects.Any(s => s.UnitId == id))
                    errors.Add(new("UnitId", string.Format(ModelText.Appraisal_SubjectTwice, unit.Name)));
            }
        }
        else
        {
            name = input.Name?.Trim() ?? "";
            post = input.Post?.Trim() ?? "";
            if (name.Length == 0) errors.Add(new("Name", ModelText.Appraisal_OfficialNameRequired));
            if (post.Length == 0) errors.Add(new("Post", ModelText.Appraisal_OfficialPostRequired));
            if (name.Length > 0 && appraisal.Subjects.Any(s => s.Kind == AppraisalSubjectKind.Official && s.Name == name && s.Post == post))
                errors.Add(new("Name", string.Format(ModelText.Appraisal_SubjectTwice, name)));
        }
        DomainValidationException.ThrowIfAny(errors);
        var subject = new AppraisalSubject
        {
            TownshipId = appraisal.TownshipId, AppraisalId = appraisal.Id, Kind = input.Kind, UnitId = unitId, Name = name, Post = post,
            SortOrder = appraisal.Subjects.Count == 0 ? 1 : appraisal.Subjects.Max(s => s.SortOrder) + 1,
        };
        appraisal.Subjects.Add(subject);
        db.Add(subject);
        return subject;
    }

    private void RemoveSubject(Appraisal appraisal, AppraisalSubject subject)
    {
        foreach (var sheet in appraisal.Sheets)
            foreach (var mark in sheet.Marks.Where(m => m.SubjectId == subject.Id).ToList())
            {
                sheet.Marks.Remove(mark);
                db.Remove(mark);
            }
        appraisal.Subjects.Remove(subject);
        db.Remove(subject);
    }

    private async Task SetCountsAsync(Appraisal appraisal, IReadOnlyList<SubjectCounts> counts, CancellationToken ct)
    {
        EnsureOpen(appraisal);
        if (appraisal.Sheets.Count > 0) throw new DomainValidationException([new("Subjects", ModelText.Appraisal_CountsFromSheets)]);
        var errors = new List<ValidationError>();
        var deputies = await DeputiesInOfficeAsync(appraisal.TownshipId, ct);
        foreach (var c in counts)
        {
            var subject = appraisal.Subjects.FirstOrDefault(s => s.Id == c.SubjectId);
            if (subject is null) { errors.Add(new("SubjectId", ModelText.Appraisal_SubjectUnknown)); continue; }
            if (c.Satisfied < 0 || c.BasicallySatisfied < 0 || c.Unsatisfied < 0)
            {
                errors.Add(new("Subjects", string.Format(ModelText.Appraisal_CountNegative, subject.DisplayName)));
                continue;
            }
            var total = (long)c.Satisfied + c.BasicallySatisfied + c.Unsatisfied;
            if (total > deputies)
                errors.Add(new("Subjects", string.Format(ModelText.Appraisal_CountsOverDeputies, subject.DisplayName, total, deputies)));
            else (subject.Satisfied, subject.BasicallySatisfied, subject.Unsatisfied) = (c.Satisfied, c.BasicallySatisfied, c.Unsatisfied);
        }
        DomainValidationException.ThrowIfAny(errors);
        if (appraisal.State == AppraisalState.Planned && appraisal.Subjects.Any(s => s.Voting > 0)) appraisal.State = AppraisalState.InProgress;
    }

    /// <summary>Who may fill in a sheet, and so the most votes a subject can have: the township's deputies in office.</summary>
    private Task<int> DeputiesInOfficeAsync(Guid townshipId, CancellationToken ct) =>
        db.Deputies.CountAsync(d => d.TownshipId == townshipId && d.Status == DeputyStatus.InOffice, ct);

    /// <summary>The appraisal with its parts, tracked, to be edited as of <paramref name="version"/>.</summary>
    private async Task<Appraisal> EditAsync(Guid id, long version, CancellationToken ct)
    {
        var appraisal = await db.FindVisibleAsync<Appraisal>(id, ct);
        await db.Entry(appraisal).Collection(a => a.Subjects).LoadAsync(ct);
        await db.Entry(appraisal).Collection(a => a.Sheets).Query().Include(s => s.Marks).LoadAsync(ct);
        await db.Entry(appraisal).Collection(a => a.Reports).LoadAsync(ct);
        await db.Entry(appraisal).Collection(a => a.Visits).LoadAsync(ct);
        db.EditingVersion(appraisal, version);
        return appraisal;
    }

    /// <summary>
    /// A kept official may be renamed (a typo, a new post) while the appraisal is open; what is sent is
    /// checked like a new subject's name, so a body that changes nothing stays a no-op. A unit keeps the
    /// registry's name.
    /// </summary>
    private static void Rename(Appraisal appraisal, AppraisalSubject subject, SubjectChange change)
    {
        if (subject.Kind != AppraisalSubjectKind.Official || (change.Name is null && change.Post is null)) return;
        var name = change.Name?.Trim() ?? subject.Name;
        var post = change.Post?.Trim() ?? subject.Post;
        if (name == subject.Name && post == subject.Post) return;
        var errors = new List<ValidationError>();
        if (name.Length == 0) errors.Add(new("Name", ModelText.Appraisal_OfficialNameRequired));
        if (post.Length == 0) errors.Add(new("Post", ModelText.Appraisal_OfficialPostRequired));
        DomainValidationException.ThrowIfAny(errors);
        EnsureOpen(appraisal);
        subject.Name = name;
        subject.Post = post;
    }

    private static void EnsureOpen(Appraisal appraisal)
    {
        if (appraisal.State == AppraisalState.Published)
            throw new DomainValidationException([new("State", ModelText.Appraisal_Published)]);
    }

    private static bool Differs(Appraisal appraisal, SubjectCounts c) => appraisal.Subjects.FirstOrDefault(s => s.Id == c.SubjectId) is not { } s
        || (s.Satisfied, s.BasicallySatisfied, s.Unsatisfied) != (c.Satisfied, c.BasicallySatisfied, c.Unsatisfied);

    private List<ValidationError> Validate(AppraisalInput input)
    {
        var errors = db.Model.CheckInput(typeof(Appraisal), input);
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add(new(nameof(input.Title), ModelText.Appraisal_TitleRequired));
        var lastYear = Today.Year + 1;
        if (input.Year < 2000 || input.Year > lastYear) errors.Add(new(nameof(input.Year), string.Format(ModelText.Appraisal_YearInvalid, lastYear)));
        else if (input.StartsOn.Year != input.Year) errors.Add(new(nameof(input.StartsOn), ModelText.Appraisal_StartOutsideYear));
        if (input.EndsOn is { } end && end < input.StartsOn) errors.Add(new(nameof(input.EndsOn), ModelText.Appraisal_EndBeforeStart));
        return errors;
    }

    private static void Apply(Appraisal a, AppraisalInput input)
    {
        a.Year = input.Year;
        a.Title = input.Title.Trim();
        a.Plan = input.Plan.Trim();
        a.StartsOn = input.StartsOn;
        a.EndsOn = input.EndsOn;
    }
}
