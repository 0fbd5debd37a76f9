using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Sessions;

namespace Township.Congress.LivelihoodProjects;

/// <summary>
/// The ledger of chosen projects (民生实事项目台账): built from a session's vote once, then followed:
/// facts, milestones, inspections and the year-end vote, each edit checked against the project's version.
/// </summary>
public sealed class LivelihoodProjectService(CongressDbContext db)
{
    /// <summary>Most milestones one project may have: a plan, not a diary.</summary>
    public const int MaxMilestones = 50;

    /// <summary>Largest weight of one milestone.</summary>
    public const int MaxWeight = 100;

    /// <summary>
    /// 建立项目台账: a project for every candidate the session's vote chose that has none yet, so running it
    /// again (or after a corrected vote) never makes a second project of one candidate. Returns the new ones.
    /// </summary>
    public async Task<List<LivelihoodProject>> CreateFromVoteAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await db.FindVisibleAsync<CongressSession>(sessionId, ct);
        var candidates = await db.Set<LivelihoodCandidate>().AsNoTracking()
            .Where(c => c.SessionId == sessionId && c.Chosen).OrderBy(c => c.Order).ToListAsync(ct);
        if (candidates.Count == 0)
            throw new DomainValidationException([new("Candidates", ModelText.LivelihoodProject_NoChosenCandidates)]);
        var existing = await db.Set<LivelihoodProject>().Where(p => p.SessionId == sessionId).Select(p => p.CandidateId).ToListAsync(ct);
        var units = await db.HandlingUnits.AsNoTracking()
            .Where(u => u.IsActive && (u.TownshipId == null || u.TownshipId == session.TownshipId)).ToListAsync(ct);
        var created = new List<LivelihoodProject>();
        foreach (var c in candidates.Where(c => !existing.Contains(c.Id)))
        {
            // The candidate names its unit as free text: linked to the registry when a unit of that name is there.
            var unit = units.FirstOrDefault(u => u.Name == c.OwnerUnit);
            var project = new LivelihoodProject
            {
                TownshipId = session.TownshipId, SessionId = sessionId, CandidateId = c.Id, Year = session.Start.Year, Name = c.Name,
                Description = c.Description, OwnerUnitId = unit?.Id, OwnerUnitName = unit?.Name ?? c.OwnerUnit, Budget = c.EstimatedBudget,
            };
            db.Add(project);
            created.Add(project);
        }
        await db.SaveChangesAsync(ct);
        return created;
    }

    public async Task<LivelihoodProject> UpdateAsync(Guid id, LivelihoodProjectInput input, long version, CancellationToken ct = default)
    {
        var project = await db.Set<LivelihoodProject>().Include(p => p.Milestones).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? await db.FindVisibleAsync<LivelihoodProject>(id, ct);
        var errors = new List<ValidationError>();
        var unitName = await CheckUnitAsync(project.TownshipId, input, errors, ct);
        await CheckDeputyAsync(project.TownshipId, input.PresidiumMemberId, nameof(input.PresidiumMemberId), errors, ct);
        await CheckDeputyAsync(project.TownshipId, input.MonitorDeputyId, nameof(input.MonitorDeputyId), errors, ct);
        if (input.Budget < 0) errors.Add(new(nameof(input.Budget), ModelText.LivelihoodProject_BudgetNegative));
        else if (input.Budget >= SessionService.MaxBudget) errors.Add(new(nameof(input.Budget), ModelText.LivelihoodProject_BudgetImplausible));
        var today = ChineseDate.TodayInChina(db.Clock);
        CheckMilestones(project, input.Milestones, today, errors);
        CheckSatisfaction(input.Satisfaction, today, errors);
        if (input.State == LivelihoodProjectState.Completed && (input.Milestones.Count == 0 || input.Milestones.Any(m => m.DoneOn is null)))
            errors.Add(new(nameof(input.State), ModelText.LivelihoodProject_CompletedWithOpenMilestones));
        DomainValidationException.ThrowIfAny(errors);

        db.EditingVersion(project, version);
        project.OwnerUnitId = input.OwnerUnitId;
        project.OwnerUnitName = unitName;
        project.Budget = input.Budget is { } budget ? Math.Round(budget, 2, MidpointRounding.AwayFromZero) : null;
        project.PresidiumMemberId = input.PresidiumMemberId;
        project.MonitorDeputyId = input.MonitorDeputyId;
        project.State = input.State;
        project.Description = input.Description.Trim();
        (project.Satisfied, project.BasicallySatisfied, project.Unsatisfied, project.SatisfactionVotedOn) = input.Satisfaction is { } s
            ? (s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, s.VotedOn)
            : ((int?)null, (int?)null, (int?)null, (DateOnly?)null);
        ApplyMilestones(project, input.Milestones);
        await db.SaveChangesAsync(ct);
        return project;
    }

    /// <summary>Links an activity of the same township as an inspection of the project (once).</summary>
    public async Task LinkInspectionAsync(Guid projectId, Guid activityId, CancellationToken ct = default)
    {
        var project = await db.FindVisibleAsync<LivelihoodProject>(projectId, ct);
        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId && a.TownshipId == project.TownshipId, ct);
        if (activity is null) throw new DomainValidationException([new("ActivityId", ModelText.LivelihoodProject_ActivityUnknown)]);
        if (await db.Set<LivelihoodInspection>().AnyAsync(i => i.ProjectId == projectId && i.ActivityId == activityId, ct)) return;
        db.Add(new LivelihoodInspection { TownshipId = project.TownshipId, ProjectId = projectId, ActivityId = activityId });
        await db.SaveChangesAsync(ct);
    }

    public async Task UnlinkInspectionAsync(Guid projectId, Guid activityId, CancellationToken ct = default)
    {
        await db.FindVisibleAsync<LivelihoodProject>(projectId, ct);
        var link = await db.Set<LivelihoodInspection>().FirstOrDefaultAsync(i => i.ProjectId == projectId && i.ActivityId == activityId, ct);
        if (link is null) return;
        db.Remove(link);
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> CheckUnitAsync(Guid townshipId, LivelihoodProjectInput input, List<ValidationError> errors, CancellationToken ct)
    {
        var name = input.OwnerUnitName?.Trim() ?? "";
        if (input.OwnerUnitId is { } unitId)
        {
            // A county department, or this township's own office; another township's own unit is as unknown.
            var unit = await db.HandlingUnits.AsNoTracking()
                .FirstOrDefaultAsync(u => u.Id == unitId && (u.TownshipId == null || u.TownshipId == townshipId), ct);
            if (unit is null) errors.Add(new(nameof(input.OwnerUnitId), ModelText.LivelihoodProject_UnitUnknown));
            else name = unit.Name;
        }
        else if (name.Length == 0) errors.Add(new(nameof(input.OwnerUnitName), ModelText.LivelihoodProject_UnitRequired));
        return name;
    }

    private async Task CheckDeputyAsync(Guid townshipId, Guid? deputyId, string field, List<ValidationError> errors, CancellationToken ct)
    {
        if (deputyId is { } id && !await db.Deputies.AnyAsync(d => d.Id == id && d.TownshipId == townshipId, ct))
            errors.Add(new(field, ModelText.LivelihoodProject_DeputyUnknown));
    }

    private static void CheckMilestones(LivelihoodProject project, IReadOnlyList<MilestoneInput> milestones, DateOnly today, List<ValidationError> errors)
    {
        if (milestones.Count > MaxMilestones)
            errors.Add(new("Milestones", string.Format(ModelText.LivelihoodProject_TooManyMilestones, MaxMilestones)));
        var ids = milestones.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToList();
        if (ids.Distinct().Count() != ids.Count || ids.Any(id => project.Milestones.All(m => m.Id != id)))
            errors.Add(new("Milestones", ModelText.LivelihoodProject_MilestoneOfOtherProject));
        for (var i = 0; i < milestones.Count; i++)
        {
            var m = milestones[i];
            var name = m.Name?.Trim() ?? "";
            var label = name.Length == 0 ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : name;
            if (name.Length == 0) errors.Add(new($"Milestones[{i}].Name", string.Format(ModelText.LivelihoodProject_MilestoneNameRequired, i + 1)));
            else if (milestones.Take(i).Any(o => o.Name?.Trim() == name))
                errors.Add(new($"Milestones[{i}].Name", string.Format(ModelText.LivelihoodProject_MilestoneNameTaken, name)));
            if (m.Weight is < 1 or > MaxWeight)
                errors.Add(new($"Milestones[{i}].Weight", string.Format(ModelText.LivelihoodProject_WeightRange, label, MaxWeight)));
            if (m.DoneOn is { } done && done > today)
                errors.Add(new($"Milestones[{i}].DoneOn", string.Format(ModelText.LivelihoodProject_DoneInFuture, label, done)));
            if (Math.Abs(m.PlannedOn.Year - project.Year) > 5 || (m.DoneOn is { } d && Math.Abs(d.Year - project.Year) > 5))
                errors.Add(new($"Milestones[{i}].PlannedOn", string.Format(ModelText.LivelihoodProject_DateImplausible, label, project.Year)));
        }
    }

    private static void CheckSatisfaction(SatisfactionInput? vote, DateOnly today, List<ValidationError> errors)
    {
        if (vote is null) return;
        if (vote.Satisfied < 0 || vote.BasicallySatisfied < 0 || vote.Unsatisfied < 0)
            errors.Add(new("Satisfaction", ModelText.LivelihoodProject_VotesNegative));
        else if (vote.Satisfied + vote.BasicallySatisfied + vote.Unsatisfied == 0)
            errors.Add(new("Satisfaction", ModelText.LivelihoodProject_VotesNone));
        else if ((long)vote.Satisfied + vote.BasicallySatisfied + vote.Unsatisfied > 100_000)
            errors.Add(new("Satisfaction", ModelText.LivelihoodProject_VotesImplausible));
        if (vote.VotedOn > today) errors.Add(new("Satisfaction.VotedOn", ModelText.LivelihoodProject_VoteInFuture));
    }

    private void ApplyMilestones(LivelihoodProject project, IReadOnlyList<MilestoneInput> milestones)
    {
        var kept = milestones.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToHashSet();
        foreach (var gone in project.Milestones.Where(m => !kept.Contains(m.Id)).ToList())
        {
            project.Milestones.Remove(gone);
            db.Remove(gone);
        }
        for (var i = 0; i < milestones.Count; i++)
        {
            var input = milestones[i];
            var milestone = input.Id is { } id ? project.Milestones.First(m => m.Id == id) : null;
            if (milestone is null)
            {
                milestone = new LivelihoodMilestone { TownshipId = project.TownshipId, ProjectId = project.Id, Name = "" };
                project.Milestones.Add(milestone);
                // Its key is set already: without Add, EF would take it for a stored row to update.
                db.Add(milestone);
            }
            milestone.Order = i + 1;
            milestone.Name = input.Name.Trim();
            milestone.PlannedOn = input.PlannedOn;
            milestone.DoneOn = input.DoneOn;
            milestone.Weight = input.Weight;
        }
    }
}
