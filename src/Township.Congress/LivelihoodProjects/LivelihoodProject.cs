using Township.Congress.Model;

namespace Township.Congress.LivelihoodProjects;

/// <summary>Where a chosen project stands: being built, done, or carried over into next year's list.</summary>
public enum LivelihoodProjectState
{
    InProgress,
    Completed,
    CarriedOver,
}

/// <summary>
/// 民生实事项目: a project the deputies chose at a session (from its <see cref="Sessions.LivelihoodCandidate"/>),
/// tracked until the year-end satisfaction vote: owner unit, budget, the presidium member in charge and the
/// deputy who monitors it, milestones and the inspections made of it.
/// </summary>
public class LivelihoodProject : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>The candidate it was chosen as; one project per candidate (a unique index), so the ledger is never built twice.</summary>
    public Guid CandidateId { get; set; }

    /// <summary>The year of the session that chose it.</summary>
    public int Year { get; set; }

    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>The responsible unit when it is in the county's registry (a county department or this township's own).</summary>
    public Guid? OwnerUnitId { get; set; }

    /// <summary>The responsible unit's name as printed (the registry's, or as the government's list names it).</summary>
    public string OwnerUnitName { get; set; } = "";

    /// <summary>预算 in 万元 (ten thousand yuan).</summary>
    public decimal? Budget { get; set; }

    /// <summary>The presidium member (a deputy of the township) in charge of following it.</summary>
    public Guid? PresidiumMemberId { get; set; }

    /// <summary>The deputy who monitors it (监督代表).</summary>
    public Guid? MonitorDeputyId { get; set; }

    public LivelihoodProjectState State { get; set; }

    /// <summary>The year-end satisfaction vote: the three counts are set together, or none.</summary>
    public int? Satisfied { get; set; }
    public int? BasicallySatisfied { get; set; }
    public int? Unsatisfied { get; set; }
    public DateOnly? SatisfactionVotedOn { get; set; }

    public List<LivelihoodMilestone> Milestones { get; set; } = [];

    public bool SatisfactionVoted => Satisfied is not null;
}

/// <summary>One step of a project's plan; its weight is its share of the whole work.</summary>
public class LivelihoodMilestone : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ProjectId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public DateOnly PlannedOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public int Weight { get; set; } = 1;

    public bool IsDone => DoneOn is not null;
}

/// <summary>An inspection or survey (an <see cref="Activities.Activity"/>) made of a project; the link is kept on this side.</summary>
public class LivelihoodInspection : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid ActivityId { get; set; }
}
