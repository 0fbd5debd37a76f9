using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>One deputy on a session's roll: present, on leave (with reason) or absent.</summary>
public class SessionAttendance : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }
    public Guid DeputyId { get; set; }
    public AttendanceStatus Status { get; set; }
    public string LeaveReason { get; set; } = "";
}
