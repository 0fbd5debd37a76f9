using Township.Congress.Model;
using Township.Congress.Sessions;

namespace Township.Congress.Activities;

/// <summary>Where an activity stands: planned, held (attendance and findings recorded), or called off.</summary>
public enum ActivityStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>
/// 代表活动: an inspection, survey, law check, training, group activity… between sessions.
/// Appraisals and livelihood projects link the visits they made to it.
/// </summary>
public class Activity : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public ActivityKind Kind { get; set; }
    public ActivityOrganiser Organiser { get; set; }

    /// <summary>The organising group when <see cref="Organiser"/> is a deputy group.</summary>
    public Guid? GroupId { get; set; }

    public required string Subject { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    public ActivityStatus Status { get; set; }

    /// <summary>活动地点, one per line (a visit often goes to several villages).</summary>
    public string Places { get; set; } = "";

    /// <summary>The projects visited (项目名称), one per line.</summary>
    public string Projects { get; set; } = "";

    /// <summary>执法检查: the law checked (《森林法》) and the articles looked at.</summary>
    public string Law { get; set; } = "";
    public string LawArticles { get; set; } = "";

    /// <summary>发现的问题 / 主要情况, free text.</summary>
    public string Findings { get; set; } = "";

    public List<ActivityUnit> Units { get; set; } = [];
    public List<ActivityParticipant> Participants { get; set; } = [];
    public List<ActivityOpinion> Opinions { get; set; } = [];

    /// <summary>
    /// 人次: one for every participant marked 出席 (present). Deputies on leave (请假) or absent
    /// (缺席) are not counted, and a planned or cancelled activity counts none, because the county
    /// counts only deputies who actually took part (seed 000: "组织代表508人次").
    /// </summary>
    public int PersonTimes => Status == ActivityStatus.Held ? Participants.Count(p => p.Status == AttendanceStatus.Present) : 0;
}

/// <summary>A unit visited: a county department or this township's own office from the registry, or a typed name.</summary>
public class ActivityUnit : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ActivityId { get; set; }
    public Guid? UnitId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A deputy planned to take part, with the attendance recorded after the activity.</summary>
public class ActivityParticipant : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ActivityId { get; set; }
    public Guid DeputyId { get; set; }
    public AttendanceStatus Status { get; set; }
}

/// <summary>审议意见 / 视察意见 sent to the government or a unit after the activity.</summary>
public class ActivityOpinion : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ActivityId { get; set; }
    public required string Text { get; set; }
    public Guid? ReceivingUnitId { get; set; }
    public required string ReceivingUnitName { get; set; }
    public DateOnly SentOn { get; set; }
}

/// <summary>A photo or file of the activity, checked like suggestion attachments and stored with it.</summary>
public class ActivityFile : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ActivityId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedBy { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>A suggestion that arose from the activity (kept on this side: the suggestion does not know activities).</summary>
public class ActivitySuggestion : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ActivityId { get; set; }
    public Guid SuggestionId { get; set; }
}

/// <summary>One line of a deputy group's yearly plan (年度活动计划): what it means to do, and in which month.</summary>
public class GroupPlanItem : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid GroupId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public required string Subject { get; set; }
    public ActivityKind Kind { get; set; }
}
