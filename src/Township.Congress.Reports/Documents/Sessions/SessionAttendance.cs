using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>Attendance at a session, counted by the caller; the document prints the figures as given.</summary>
/// <param name="DeputiesInOffice">现有代表: all deputies in office, the base of the quorum.</param>
/// <param name="QuorumRequired">Two thirds of the deputies in office, rounded up.</param>
/// <param name="OnLeaveList">Deputies on leave (请假) with their reasons.</param>
/// <param name="AbsentNames">Deputies absent without leave (缺席).</param>
public sealed record SessionAttendance(
    int DeputiesInOffice,
    int Present,
    int OnLeave,
    int Absent,
    int QuorumRequired,
    bool QuorumMet,
    IReadOnlyList<AbsenceNote> OnLeaveList,
    IReadOnlyList<string> AbsentNames);
