using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.DeputyRecords;

/// <summary>
/// Input for one deputy's 履职档案 (per year or for the whole term); texts arrive formatted by the web layer,
/// counts as numbers, points as printed ("+3", "-1", "72": the ASCII minus, which every Chinese face has; U+2212 is missing from some).
/// </summary>
/// <param name="PeriodText">"2026年度" or "第十三届任期内".</param>
/// <param name="Facts">基本情况 as label/value pairs (性别, 代表小组, 工作单位及职务…), printed as a form.</param>
/// <param name="Signature">The presidium and the record's as-of date (截至), never the print date.</param>
public sealed record DeputyRecordPrintModel(
    string TownshipName,
    string DeputyName,
    string PeriodText,
    IReadOnlyList<RecordFact> Facts,
    RecordSessions Sessions,
    RecordActivities Activities,
    RecordSuggestions Suggestions,
    RecordVoterContact VoterContact,
    RecordDuty Duty,
    IReadOnlyList<RecordDeclaredItem> Declared,
    IReadOnlyList<RecordFlag> Flags,
    RecordPoints Points,
    DocumentSignature Signature);

/// <summary>A label and its value in the 基本情况 form.</summary>
public sealed record RecordFact(string Label, string Value);

/// <summary>A count with its label, e.g. ("视察", 3), as the record sums up a section.</summary>
public sealed record RecordCount(string Label, int Count);

/// <summary>Sessions held while the deputy was in office (not all sessions of the term), and 列席.</summary>
public sealed record RecordSessions(int Held, int Attended, int OnLeave, int Absent, int NonVoting, IReadOnlyList<RecordSessionRow> Rows);

/// <param name="Attendance">出席 / 请假 / 缺席 / 列席, with the leave reason if any.</param>
public sealed record RecordSessionRow(string Session, string DateText, string Attendance);

/// <param name="Counts">Activities attended by kind (视察, 调研, 培训, 代表小组活动…), in the order to print.</param>
public sealed record RecordActivities(IReadOnlyList<RecordCount> Counts, IReadOnlyList<RecordActivityRow> Rows);

public sealed record RecordActivityRow(string DateText, string Title, string Kind, string Attendance);

/// <summary>Suggestions and motions led (领衔) and co-signed (附议), with their state and the deputy's satisfaction.</summary>
public sealed record RecordSuggestions(int Led, int CoSigned, IReadOnlyList<RecordSuggestionRow> Rows);

/// <param name="Role">领衔 / 附议.</param>
/// <param name="Satisfaction">满意 / 基本满意 / 不满意; empty while not yet rated.</param>
public sealed record RecordSuggestionRow(string Title, string Kind, string Role, string State, string Satisfaction);

/// <summary>Voter contact: person-times, reception days on duty, contacts recorded, and reports to voters.</summary>
public sealed record RecordVoterContact(int PersonTimes, int ReceptionDays, int Contacts, IReadOnlyList<RecordVoterReport> Reports);

/// <param name="Rating">测评结果, e.g. "称职（称职票85.0%）"; empty while not rated.</param>
public sealed record RecordVoterReport(string DateText, string Title, string Rating);

/// <summary>
/// 履职天数: distinct days with a session, an activity or a reception attended, plus declared items once
/// approved; <paramref name="Months"/> are the calendar's months (label and the number of things recorded), in order.
/// </summary>
/// <param name="RuleText">The county's rule as printed, e.g. "每年不少于10天".</param>
public sealed record RecordDuty(int Days, string RuleText, IReadOnlyList<RecordCount> Months);

/// <summary>An item the deputy declared (代表发现, a contact made alone…) and its review state.</summary>
public sealed record RecordDeclaredItem(string DateText, string Item, string Kind, string State);

/// <summary>A flag and the rule that raised it, printed together so the reader sees why.</summary>
public sealed record RecordFlag(string Flag, string Rule);

/// <summary>The points table: base score, a line per item kind, the total, band and rank within the township; no lines: not scored (a term record).</summary>
/// <param name="Rank">"第3名（共48名）".</param>
/// <param name="Note">E.g. "2026年度积分已冻结" or how the points were reckoned; empty to leave out.</param>
public sealed record RecordPoints(IReadOnlyList<RecordPointsLine> Lines, string Total, string Band, string Rank, string Note = "");

/// <param name="PerItem">Points per item as printed ("+3", "-1"); empty for the base score.</param>
/// <param name="Points">Points of this line after its cap.</param>
/// <param name="Note">E.g. "全年上限15分"; empty when none.</param>
public sealed record RecordPointsLine(string Item, string Count, string PerItem, string Points, string Note = "");
