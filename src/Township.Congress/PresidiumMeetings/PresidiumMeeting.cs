using Township.Congress.Formatting;
using Township.Congress.Model;

namespace Township.Congress.PresidiumMeetings;

/// <summary>主席团会议 — usually quarterly: topics deliberated, decisions made, actions followed up.</summary>
public class PresidiumMeeting : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid TermId { get; set; }

    /// <summary>第N次 in its year: "城关镇人大主席团2026年第一次会议".</summary>
    public int NumberInYear { get; set; }
    public DateOnly Date { get; set; }
    public string Place { get; set; } = "";
    public string PresidedBy { get; set; } = "";

    /// <summary>出席 and 缺席: names, free text (presidium members and invited officials).</summary>
    public string Attendees { get; set; } = "";
    public string Absentees { get; set; } = "";

    /// <summary>议题, one per line.</summary>
    public string Topics { get; set; } = "";

    /// <summary>议定事项, one per line.</summary>
    public string Decisions { get; set; } = "";
    public string MinutesNotes { get; set; } = "";

    /// <summary>列席: attendees who are not presidium members, free text.</summary>
    public string NonVotingAttendees { get; set; } = "";

    /// <summary>记录人.</summary>
    public string RecordedBy { get; set; } = "";
    public List<PresidiumAction> Actions { get; set; } = [];

    public static IReadOnlyList<string> Lines(string text) => TextLines.Split(text);
}

public enum ActionStatus
{
    Open,
    Done,
}

/// <summary>A follow-up action decided at a presidium meeting: owner, due date, tracked to completion.</summary>
public class PresidiumAction : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid MeetingId { get; set; }
    public required string Description { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string Result { get; set; } = "";

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;
}
