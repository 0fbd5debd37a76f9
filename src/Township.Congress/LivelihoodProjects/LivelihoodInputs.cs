namespace Township.Congress.LivelihoodProjects;

/// <summary>One milestone as the project's edit sends it; <paramref name="Id"/> null for a new one.</summary>
public sealed record MilestoneInput(Guid? Id, string Name, DateOnly PlannedOn, DateOnly? DoneOn, int Weight);

/// <summary>The year-end satisfaction vote: counts of 满意 / 基本满意 / 不满意 and the day of the vote.</summary>
public sealed record SatisfactionInput(int Satisfied, int BasicallySatisfied, int Unsatisfied, DateOnly VotedOn);

/// <summary>
/// What a project's edit changes: the facts, the whole milestone list (those left out are removed) and the
/// satisfaction vote (null: not voted yet). The name and the session stay as the vote chose them.
/// </summary>
public sealed record LivelihoodProjectInput(
    Guid? OwnerUnitId,
    string? OwnerUnitName,
    decimal? Budget,
    Guid? PresidiumMemberId,
    Guid? MonitorDeputyId,
    LivelihoodProjectState State,
    IReadOnlyList<MilestoneInput> Milestones,
    SatisfactionInput? Satisfaction = null,
    string Description = "");
