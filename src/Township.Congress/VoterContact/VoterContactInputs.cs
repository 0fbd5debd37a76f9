namespace Township.Congress.VoterContact;

/// <summary>A reception day as planned or edited; <see cref="Visits"/> null leaves the recorded visitors as they are.</summary>
public sealed class ReceptionInput
{
    public Guid StationId { get; set; }
    public DateOnly Date { get; set; }
    public string Place { get; set; } = "";
    public DateOnly? NoticePostedOn { get; set; }
    public string Note { get; set; } = "";
    public List<Guid> DutyDeputyIds { get; set; } = [];

    /// <summary>
    /// The whole visitor list when given: a visit with an id is edited, one without is added, a recorded one
    /// left out is removed (unless a suggestion was made of it).
    /// </summary>
    public List<VisitInput>? Visits { get; set; }
}

/// <summary>One visitor's line of the 接待选民记录表.</summary>
public sealed class VisitInput
{
    /// <summary>The recorded visit being edited; null for a new one.</summary>
    public Guid? Id { get; set; }
    public string VisitorName { get; set; } = "";
    public Guid? VillageId { get; set; }
    public string ContactPhone { get; set; } = "";
    public string Matter { get; set; } = "";
    public ReceptionDisposition Disposition { get; set; }
    public string Reply { get; set; } = "";

    /// <summary>The duty deputy who received the visitor; the first on duty when left out.</summary>
    public Guid? ReceivedById { get; set; }

    /// <summary>The suggestion's title when the matter becomes one; taken from the matter when left empty.</summary>
    public string SuggestionTitle { get; set; } = "";
}

/// <summary>A deputy's own contact with constituents.</summary>
public sealed class ContactInput
{
    public Guid DeputyId { get; set; }
    public DateOnly Date { get; set; }
    public int Constituents { get; set; }
    public string Way { get; set; } = "";
    public string Raised { get; set; } = "";
}
