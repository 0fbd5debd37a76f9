using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.Presidium;

/// <summary>Input for the minutes of a presidium meeting (主席团会议纪要); texts arrive formatted, empty lists leave their section out.</summary>
/// <param name="MeetingTitle">"城关镇人大主席团2026年第一次会议"; the title is this followed by 纪要.</param>
/// <param name="Attendees">Presidium members present (出席).</param>
/// <param name="Absentees">Members absent, with the reason (缺席/请假).</param>
/// <param name="NonVotingAttendees">列席 text; empty when none.</param>
/// <param name="Topics">议题, numbered 1．2． in the order given.</param>
/// <param name="Decisions">议定事项, numbered as <paramref name="DecisionNumbering"/> says.</param>
/// <param name="RecordedBy">记录人; empty to leave out.</param>
public sealed record PresidiumMinutesModel(
    string TownshipName,
    string MeetingTitle,
    string DateText,
    string Place,
    string PresidedBy,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<AbsenceNote> Absentees,
    string NonVotingAttendees,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<FollowUpAction> FollowUps,
    DocumentSignature Signature,
    string RecordedBy = "",
    DecisionNumbering DecisionNumbering = DecisionNumbering.FirstSecond,
    IReadOnlyList<string>? Introduction = null,
    IReadOnlyList<string>? Closing = null);
