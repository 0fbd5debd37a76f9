using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>
/// Input for the minutes (会议纪要) of a township congress session. Every text arrives formatted
/// ("2026年3月8日至9日，会期2天"); empty lists leave their section out.
/// </summary>
/// <param name="SessionName">"城关镇第十三届人民代表大会第三次会议"; the title is this name followed by 纪要.</param>
/// <param name="DatesText">Dates and length, e.g. "2026年3月8日至9日，会期2天".</param>
/// <param name="PresidedBy">Who presided, e.g. "大会执行主席张建国；主席团成员李秀英、王志强".</param>
/// <param name="NonVotingAttendees">列席 text, e.g. "镇人民政府领导班子成员、各站所负责人"; empty when none.</param>
/// <param name="Introduction">Opening paragraphs written by the secretary, printed before the sections.</param>
/// <param name="Closing">Closing paragraphs, printed after the sections and before the signature.</param>
/// <param name="Suggestions">议案、建议 handed in during the session; none leaves the section out.</param>
/// <param name="Projects">The livelihood-project vote (民生实事项目票决), when the session held one.</param>
/// <param name="RecordedBy">记录人; empty to leave out.</param>
public sealed record SessionMinutesModel(
    string TownshipName,
    string SessionName,
    string DatesText,
    string Venue,
    string PresidedBy,
    SessionAttendance Attendance,
    string NonVotingAttendees,
    IReadOnlyList<MinutesAgendaItem> Agenda,
    IReadOnlyList<MinutesVote> Votes,
    IReadOnlyList<MinutesElection> Elections,
    IReadOnlyList<MinutesOpinion> Opinions,
    IReadOnlyList<string> Decisions,
    DocumentSignature Signature,
    IReadOnlyList<string>? Introduction = null,
    IReadOnlyList<string>? Closing = null,
    IReadOnlyList<MinutesSuggestion>? Suggestions = null,
    MinutesProjectVote? Projects = null,
    string RecordedBy = "");

/// <summary>One item handed in during the session: "关于…的建议（张建国等3名代表，2026-017）".</summary>
public sealed record MinutesSuggestion(string Number, string KindName, string Title, string LeadDeputy, int Signers);
