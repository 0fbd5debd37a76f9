using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.LivelihoodProjects;

/// <summary>One milestone as the table prints it: name, planned day, actual day ("" while open), overdue.</summary>
public sealed record LivelihoodMilestoneCell(string Name, string PlannedOn, string DoneOn, bool Overdue);

/// <summary>One chosen project's row: facts, milestones, weighted progress ("62.5%"), and the year-end vote ("" before it).</summary>
public sealed record LivelihoodProgressRow(string Name, string OwnerUnit, string Budget, string PresidiumMember, string MonitorDeputy,
    IReadOnlyList<LivelihoodMilestoneCell> Milestones, string Progress, string State, string Satisfaction);

/// <summary>
/// 民生实事项目完成情况: the projects one session chose, as the presidium reports them; <paramref name="AsOf"/> is the
/// day the figures stand at (progress changes, so the table says when it was true).
/// </summary>
public sealed record LivelihoodProgressModel(string Title, string Introduction, string AsOf, IReadOnlyList<LivelihoodProgressRow> Rows,
    string ProgressRule, DocumentSignature Signature);
