using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.DeputyRecords;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Resources;
using Township.Congress.Sessions;

namespace Township.Congress.Activities;

/// <summary>Records activities: the fields, units, participants and their attendance, opinions, state.</summary>
public sealed partial class ActivityService(CongressDbContext db, DocumentOptions options)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    public async Task<Activity> CreateAsync(Guid townshipId, ActivityInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var activity = new Activity { TownshipId = townshipId, Subject = "" };
        if (input.Status != ActivityStatus.Planned
            && ActivityWorkflow.WhyNot(ActivityStatus.Planned, input.Status == ActivityStatus.Held ? ActivityStep.Hold : ActivityStep.Cancel,
                input.StartsOn, Today) is { } why)
            throw new DomainValidationException([new(nameof(input.Status), why)]);
        await ApplyAsync(activity, input, ct);
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity;
    }

    public async Task<Activity> UpdateAsync(Guid id, ActivityInput input, long version, CancellationToken ct = default)
    {
        var activity = await LoadAsync(id, ct);
        if (input.Status != activity.Status && WhyNotMove(activity, input.Status, input.StartsOn) is { } why)
            throw new DomainValidationException([new(nameof(input.Status), why)]);
        db.EditingVersion(activity, version);
        await ApplyAsync(activity, input, ct);
        await db.SaveChangesAsync(ct);
        return activity;
    }

    /// <summary>Held, cancelled or planned again, by the workflow table.</summary>
    public async Task<Activity> MoveAsync(Guid id, ActivityStatus to, long version, CancellationToken ct = default)
    {
        var activity = await LoadAsync(id, ct);
        if (WhyNotMove(activity, to, activity.StartsOn) is { } why) throw new DomainValidationException([new("Status", why)]);
        db.EditingVersion(activity, version);
        activity.Status = to;
        // A planned or cancelled activity has no roll call: attendance goes back to unmarked.
        if (to != ActivityStatus.Held) foreach (var p in activity.Participants) p.Status = AttendanceStatus.Unmarked;
        // ... and with nobody present, nobody voiced its opinions.
        if (to != ActivityStatus.Held) await DropSpeakersAsync(activity.Id, null, ct);
        await db.SaveChangesAsync(ct);
        return activity;
    }

    /// <summary>Marks one deputy on the roll (出席/请假/缺席); the activity's version guards concurrent rolls.</summary>
    public async Task<Activity> MarkAsync(Guid id, Guid deputyId, AttendanceStatus status, long version, CancellationToken ct = default)
    {
        var activity = await LoadAsync(id, ct);
        if (ActivityWorkflow.WhyNot(activity.Status, ActivityStep.RecordAttendance, activity.StartsOn, Today) is { } why)
            throw new DomainValidationException([new("Status", why)]);
        var row = activity.Participants.FirstOrDefault(p => p.DeputyId == deputyId)
            ?? throw new DomainValidationException([new("DeputyId", ModelText.Activity_NotAParticipant)]);
        db.EditingVersion(activity, version);
        row.Status = status;
        // Only a deputy present voiced an opinion: marking one otherwise takes them off the opinions too.
        if (status != AttendanceStatus.Present) await DropSpeakersAsync(activity.Id, deputyId, ct);
        db.Entry(activity).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return activity;
    }

    /// <summary>Removes the activity with its parts, rectification items and suggestion links (the suggestions stay).</summary>
    public async Task DeleteAsync(Guid id, long version, CancellationToken ct = default)
    {
        var activity = await LoadAsync(id, ct);
        db.EditingVersion(activity, version);
        db.RemoveRange(await db.RectificationItems.Where(r => r.Source == RectificationSource.Activity && r.SourceId == id).ToListAsync(ct));
        db.RemoveRange(await db.Set<ActivitySuggestion>().Where(l => l.ActivityId == id).ToListAsync(ct));
        db.RemoveRange(await db.Set<ActivityFile>().Where(f => f.ActivityId == id).ToListAsync(ct));
        db.Remove(activity);
        await db.SaveChangesAsync(ct);
    }

    private async Task DropSpeakersAsync(Guid activityId, Guid? deputyId, CancellationToken ct) =>
        db.RemoveRange(await db.Set<ActivityOpinionSpeaker>()
            .Where(x => x.ActivityId == activityId && (deputyId == null || x.DeputyId == deputyId)).ToListAsync(ct));

    private string? WhyNotMove(Activity activity, ActivityStatus to, DateOnly startsOn) => to switch
    {
        ActivityStatus.Held => ActivityWorkflow.WhyNot(activity.Status, ActivityStep.Hold, startsOn, Today),
        ActivityStatus.Cancelled => ActivityWorkflow.WhyNot(activity.Status, ActivityStep.Cancel, startsOn, Today),
        _ => ActivityWorkflow.WhyNot(activity.Status, ActivityStep.Reopen, startsOn, Today),
    };

    private async Task<Activity> LoadAsync(Guid id, CancellationToken ct)
    {
        var activity = await db.FindVisibleAsync<Activity>(id, ct);
        await db.Entry(activity).Collection(a => a.Units).LoadAsync(ct);
        await db.Entry(activity).Collection(a => a.Participants).LoadAsync(ct);
        await db.Entry(activity).Collection(a => a.Opinions).LoadAsync(ct);
        return activity;
    }

    private async Task ApplyAsync(Activity a, ActivityInput input, CancellationToken ct)
    {
        var errors = Check(input);
        var groupId = input.Organiser == ActivityOrganiser.DeputyGroup ? input.GroupId : null;
        if (input.Organiser == ActivityOrganiser.DeputyGroup && groupId is null)
            errors.Add(new(nameof(input.GroupId), ModelText.Activity_GroupRequired));
        else if (input.Organiser != ActivityOrganiser.DeputyGroup && input.GroupId is not null)
            errors.Add(new(nameof(input.GroupId), ModelText.Activity_GroupOnlyForGroups));
        else if (groupId is { } g && !await db.DeputyGroups.AnyAsync(x => x.Id == g && x.TownshipId == a.TownshipId, ct))
            errors.Add(new(nameof(input.GroupId), ModelText.Activity_GroupUnknown));
        var units = await UnitsAsync(a.TownshipId, input.Units.Select(u => (u.UnitId, u.Name)), nameof(input.Units), errors, ct);
        var opinionUnits = await UnitsAsync(a.TownshipId, input.Opinions.Select(o => (o.ReceivingUnitId, o.ReceivingUnitName)), nameof(input.Opinions), errors, ct);
        await CheckParticipantsAsync(a.TownshipId, input, errors, ct);
        DomainValidationException.ThrowIfAny(errors);

        a.Kind = input.Kind; a.Organiser = input.Organiser; a.GroupId = groupId; a.Subject = input.Subject.Trim();
        a.StartsOn = input.StartsOn; a.EndsOn = input.EndsOn; a.Status = input.Status;
        a.Places = Lines(input.Places); a.Projects = Lines(input.Projects);
        a.Law = input.Kind == ActivityKind.LawEnforcementCheck ? input.Law.Trim() : "";
        a.LawArticles = input.Kind == ActivityKind.LawEnforcementCheck ? input.LawArticles.Trim() : "";
        a.Findings = input.Findings.Trim();
        db.RemoveRange(a.Units); db.RemoveRange(a.Opinions);
        a.Units = units.Select((u, i) => new ActivityUnit { TownshipId = a.TownshipId, ActivityId = a.Id, UnitId = u.Id, Name = u.Name, SortOrder = i }).ToList();
        a.Opinions = input.Opinions.Select((o, i) => new ActivityOpinion
        {
            TownshipId = a.TownshipId, ActivityId = a.Id, Text = o.Text.Trim(), ReceivingUnitId = opinionUnits[i].Id,
            ReceivingUnitName = opinionUnits[i].Name, SentOn = o.SentOn,
        }).ToList();
        // The opinions are written anew, and so are who voiced them (checked against the roll in Check).
        await DropSpeakersAsync(a.Id, null, ct);
        db.AddRange(input.Opinions.SelectMany((o, i) => (o.SpeakerIds ?? []).Distinct().Select(d => new ActivityOpinionSpeaker
        {
            TownshipId = a.TownshipId, OpinionId = a.Opinions[i].Id, ActivityId = a.Id, DeputyId = d,
        })));
        // Keep the rows of deputies still on the roll, so a roll call is not lost by an edit of the subject.
        var wanted = input.Participants.ToDictionary(p => p.DeputyId, p => p.Status);
        db.RemoveRange(a.Participants.Where(p => !wanted.ContainsKey(p.DeputyId)));
        a.Participants.RemoveAll(p => !wanted.ContainsKey(p.DeputyId));
        foreach (var p in a.Participants) p.Status = wanted[p.DeputyId];
        var added = wanted.Where(w => a.Participants.All(p => p.DeputyId != w.Key))
            .Select(w => new ActivityParticipant { TownshipId = a.TownshipId, ActivityId = a.Id, DeputyId = w.Key, Status = w.Value }).ToList();
        a.Participants.AddRange(added);
        // New rows with their ids set would be taken for existing ones (an UPDATE, then a conflict) if found through the navigation.
        db.AddRange(a.Units); db.AddRange(a.Opinions); db.AddRange(added);
    }

    private static string Lines(string text) => string.Join('\n', TextLines.Split(text));

    private List<ValidationError> Check(ActivityInput input)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Subject)) errors.Add(new(nameof(input.Subject), ModelText.Activity_SubjectRequired));
        if (input.StartsOn.Year < 2000 || input.StartsOn > Today.AddYears(2)) errors.Add(new(nameof(input.StartsOn), ModelText.Activity_DateInvalid));
        if (input.EndsOn < input.StartsOn) errors.Add(new(nameof(input.EndsOn), ModelText.Activity_EndsBeforeStart));
        else if (input.EndsOn.DayNumber - input.StartsOn.DayNumber > 60) errors.Add(new(nameof(input.EndsOn), ModelText.Activity_TooLong));
        if (input.Status == ActivityStatus.Held && TextLines.Split(input.Places).Count == 0)
            errors.Add(new(nameof(input.Places), ModelText.Activity_PlaceRequired));
        if (input.Kind == ActivityKind.LawEnforcementCheck && string.IsNullOrWhiteSpace(input.Law))
            errors.Add(new(nameof(input.Law), ModelText.Activity_LawRequired));
        if (input.Status != ActivityStatus.Held && input.Participants.Any(p => p.Status != AttendanceStatus.Unmarked))
            errors.Add(new(nameof(input.Participants), ModelText.Activity_NotHeld));
        if (input.Participants.GroupBy(p => p.DeputyId).Any(g => g.Count() > 1))
            errors.Add(new(nameof(input.Participants), ModelText.Activity_ParticipantTwice));
        var present = input.Participants.Where(p => p.Status == AttendanceStatus.Present).Select(p => p.DeputyId).ToHashSet();
        foreach (var o in input.Opinions)
        {
            if (string.IsNullOrWhiteSpace(o.Text)) errors.Add(new(nameof(input.Opinions), ModelText.Activity_OpinionTextRequired));
            if (o.SentOn < input.StartsOn) errors.Add(new(nameof(input.Opinions), ModelText.Activity_OpinionBeforeActivity));
            if (o.SpeakerIds?.Any(id => !present.Contains(id)) == true)
                errors.Add(new(nameof(input.Opinions), ModelText.Activity_SpeakerNotPresent));
        }
        return errors;
    }

    /// <summary>Deputies of this township's roll, each in office on the activity's first day.</summary>
    private async Task CheckParticipantsAsync(Guid townshipId, ActivityInput input, List<ValidationError> errors, CancellationToken ct)
    {
        var ids = input.Participants.Select(p => p.DeputyId).Distinct().ToList();
        if (ids.Count == 0) return;
        var deputies = await db.Deputies.AsNoTracking().Include(d => d.StatusHistory)
            .Where(d => ids.Contains(d.Id) && d.TownshipId == townshipId).ToListAsync(ct);
        if (deputies.Count < ids.Count) errors.Add(new(nameof(input.Participants), ModelText.Activity_DeputyUnknown));
        foreach (var d in deputies.Where(d => !TermOfOffice.InOfficeOn(d, d.StatusHistory, input.StartsOn)))
            errors.Add(new(nameof(input.Participants), string.Format(ModelText.Activity_DeputyNotInOffice, d.Name, ChineseDate.Format(input.StartsOn))));
    }

    /// <summary>
    /// Registry units must be the county's or this township's own (another township's own office is
    /// refused like an unknown one); a typed name stands for a unit outside the registry.
    /// </summary>
    private async Task<List<(Guid? Id, string Name)>> UnitsAsync(Guid townshipId, IEnumerable<(Guid? Id, string? Name)> wanted, string field,
        List<ValidationError> errors, CancellationToken ct)
    {
        var list = wanted.ToList();
        var ids = list.Where(u => u.Id is not null).Select(u => u.Id!.Value).Distinct().ToList();
        var known = ids.Count == 0 ? [] : await db.HandlingUnits.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && (u.TownshipId == null || u.TownshipId == townshipId))
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var result = new List<(Guid? Id, string Name)>();
        foreach (var (id, name) in list)
        {
            if (id is { } unitId)
            {
                if (known.TryGetValue(unitId, out var n)) result.Add((unitId, n));
                else { errors.Add(new(field, ModelText.Activity_UnitUnknown)); result.Add((null, "")); }
            }
            else if (string.IsNullOrWhiteSpace(name)) { errors.Add(new(field, ModelText.Activity_UnitRequired)); result.Add((null, "")); }
            else result.Add((null, name.Trim()));
        }
        return result;
    }
}
