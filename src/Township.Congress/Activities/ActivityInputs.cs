using Township.Congress.Sessions;

namespace Township.Congress.Activities;

/// <summary>A unit visited: from the registry by id, or typed by name.</summary>
public sealed record ActivityUnitInput(Guid? UnitId = null, string? Name = null);

/// <summary>A planned participant and, once held, the attendance (Unmarked until called).</summary>
public sealed record AttendanceInput(Guid DeputyId, AttendanceStatus Status);

/// <summary>
/// An opinion sent after the activity: text, the receiving unit (registry or typed), the day sent and, optionally,
/// the deputies present who voiced it (what keeps them off the silent-deputy flag).
/// </summary>
public sealed record OpinionInput(string Text, Guid? ReceivingUnitId, string? ReceivingUnitName, DateOnly SentOn, IReadOnlyList<Guid>? SpeakerIds = null);

/// <summary>What the activity dialog and the API edit; lists replace the stored ones.</summary>
public sealed class ActivityInput
{
    public ActivityKind Kind { get; set; }
    public ActivityOrganiser Organiser { get; set; }
    public Guid? GroupId { get; set; }
    public string Subject { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public ActivityStatus Status { get; set; }
    public string Places { get; set; } = "";
    public string Projects { get; set; } = "";
    public string Law { get; set; } = "";
    public string LawArticles { get; set; } = "";
    public string Findings { get; set; } = "";
    public List<ActivityUnitInput> Units { get; set; } = [];
    public List<AttendanceInput> Participants { get; set; } = [];
    public List<OpinionInput> Opinions { get; set; } = [];

    /// <summary>
    /// The input that reproduces a stored activity, for the edit dialog; <paramref name="speakers"/> (by opinion id,
    /// <see cref="ActivityDetails.OpinionSpeakers"/>) keeps who voiced each opinion through the edit.
    /// </summary>
    public static ActivityInput From(Activity a, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>? speakers = null) => new()
    {
        Kind = a.Kind, Organiser = a.Organiser, GroupId = a.GroupId, Subject = a.Subject, StartsOn = a.StartsOn, EndsOn = a.EndsOn,
        Status = a.Status, Places = a.Places, Projects = a.Projects, Law = a.Law, LawArticles = a.LawArticles, Findings = a.Findings,
        Units = a.Units.OrderBy(u => u.SortOrder).Select(u => new ActivityUnitInput(u.UnitId, u.Name)).ToList(),
        Participants = a.Participants.Select(p => new AttendanceInput(p.DeputyId, p.Status)).ToList(),
        Opinions = a.Opinions.OrderBy(o => o.SentOn).Select(o => new OpinionInput(o.Text, o.ReceivingUnitId, o.ReceivingUnitName, o.SentOn,
            speakers?.GetValueOrDefault(o.Id) ?? [])).ToList(),
    };
}

/// <summary>A line of a group's yearly plan.</summary>
public sealed record GroupPlanInput(Guid GroupId, int Year, int Month, string Subject, ActivityKind Kind);
