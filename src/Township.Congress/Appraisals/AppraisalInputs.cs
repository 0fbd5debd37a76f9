namespace Township.Congress.Appraisals;

/// <summary>What the appraisal dialog edits.</summary>
public sealed class AppraisalInput
{
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string Plan { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}

/// <summary>An appraised unit (from the registry) or official (name and post).</summary>
public sealed record SubjectInput(AppraisalSubjectKind Kind, Guid? UnitId, string? Name, string? Post);

/// <summary>The counted ballots of one subject.</summary>
public sealed record SubjectCounts(Guid SubjectId, int Satisfied, int BasicallySatisfied, int Unsatisfied);

/// <summary>One deputy's 测评表: a grade for each subject the deputy graded.</summary>
public sealed record SheetInput(Guid DeputyId, IReadOnlyList<SheetMark> Marks);

public sealed record SheetMark(Guid SubjectId, SatisfactionGrade Grade);

/// <summary>A report heard in the appraisal.</summary>
public sealed record ReportInput(DateOnly HeardOn, string Summary);

/// <summary>
/// A whole appraisal as the API's PUT sends it: the fields; the subjects when given (those without an id
/// are added, those left out removed, the counts of all set); a step forward in its state when given.
/// </summary>
public sealed class AppraisalChange
{
    public required AppraisalInput Appraisal { get; init; }
    public IReadOnlyList<SubjectChange>? Subjects { get; init; }
    public AppraisalState? State { get; init; }
    public DateOnly? PublishedOn { get; init; }
}

/// <summary>A subject as the API sends it: an id for one kept, none for one added; the counts always.</summary>
public sealed class SubjectChange
{
    public Guid? Id { get; init; }
    public AppraisalSubjectKind Kind { get; init; }
    public Guid? UnitId { get; init; }
    public string? Name { get; init; }
    public string? Post { get; init; }
    public int Satisfied { get; init; }
    public int BasicallySatisfied { get; init; }
    public int Unsatisfied { get; init; }
}
