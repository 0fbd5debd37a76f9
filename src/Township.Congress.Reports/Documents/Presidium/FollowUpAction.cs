namespace Township.Congress.Reports.Documents.Presidium;

/// <summary>A follow-up action (落实事项) agreed at a presidium meeting.</summary>
/// <param name="Deadline">完成时限, formatted, e.g. "2026年6月30日前".</param>
/// <param name="Status">状态, e.g. "已完成", "推进中", "未启动".</param>
public sealed record FollowUpAction(string Matter, string Responsible, string Deadline, string Status);
