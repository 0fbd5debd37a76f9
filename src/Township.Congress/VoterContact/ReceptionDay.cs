using Township.Congress.Model;

namespace Township.Congress.VoterContact;

/// <summary>
/// 代表接待日: a day a liaison station receives voters, with the deputies on duty and the notice
/// posted beforehand (domain.md, "Contact with voters"). Its visitors are <see cref="ReceptionVisit"/>s.
/// </summary>
public class ReceptionDay : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid StationId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Where the reception is held; the station's venue when left empty.</summary>
    public string Place { get; set; } = "";

    /// <summary>The day the notice (接待公告) went up; null while it has not.</summary>
    public DateOnly? NoticePostedOn { get; set; }
    public string Note { get; set; } = "";
    public List<ReceptionDuty> Duties { get; set; } = [];
    public List<ReceptionVisit> Visits { get; set; } = [];
}

/// <summary>A deputy on duty on a reception day (值班代表).</summary>
public class ReceptionDuty : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ReceptionDayId { get; set; }
    public Guid DeputyId { get; set; }
}

/// <summary>How a visitor's matter ended: exactly one of four (domain.md, "Contact with voters").</summary>
public enum ReceptionDisposition
{
    /// <summary>当场答复</summary>
    AnsweredOnSpot,
    /// <summary>转村（社区）办理</summary>
    ReferredToVillage,
    /// <summary>转主席团办理</summary>
    ReferredToPresidium,
    /// <summary>转为建议: a suggestion was registered for it, see <see cref="ReceptionVisit.SuggestionId"/>.</summary>
    MadeSuggestion,
}

/// <summary>One line of the 接待选民记录表: who came (name optional), from where, what about, and how it ended.</summary>
public class ReceptionVisit : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ReceptionDayId { get; set; }
    public string VisitorName { get; set; } = "";
    public Guid? VillageId { get; set; }

    /// <summary>Personal data: shown masked through <see cref="Security.TownshipScope.DisclosePhone"/>.</summary>
    public string ContactPhone { get; set; } = "";
    public required string Matter { get; set; }
    public ReceptionDisposition Disposition { get; set; }

    /// <summary>The answer given, or where and to whom it was referred.</summary>
    public string Reply { get; set; } = "";

    /// <summary>The duty deputy who received the visitor; the suggestion's lead when it became one.</summary>
    public Guid? ReceivedById { get; set; }

    /// <summary>The suggestion registered for the matter (<see cref="ReceptionDisposition.MadeSuggestion"/> only).</summary>
    public Guid? SuggestionId { get; set; }
}

/// <summary>A deputy's own contact with constituents (走访/联系选民): when, how many, what they raised.</summary>
public class ConstituentContact : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid DeputyId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>How many constituents the deputy met: the person-times this contact counts.</summary>
    public int Constituents { get; set; }

    /// <summary>走访 / 座谈 / 电话…, free text.</summary>
    public string Way { get; set; } = "";
    public required string Raised { get; set; }
}
