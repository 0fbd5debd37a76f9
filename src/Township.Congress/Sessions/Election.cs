using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>选举: one office, its seats and candidates. Elected: more than half of all deputies' votes.</summary>
public class Election : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }
    public Guid? AgendaItemId { get; set; }
    public ElectionOffice Office { get; set; }

    /// <summary>The office as printed (e.g. 副镇长); defaults to the office's name.</summary>
    public string OfficeTitle { get; set; } = "";
    public int Seats { get; set; } = 1;
    public int DeputiesInOffice { get; set; }
    public int BallotsCast { get; set; }

    /// <summary>第N轮: elections of the same office at one session are rounds, numbered in the order held.</summary>
    public int Round { get; set; } = 1;

    /// <summary>Prepared elections have candidates but no votes yet; the counts above are 0 until recorded.</summary>
    public ElectionStatus Status { get; set; } = ElectionStatus.Recorded;
    public List<ElectionCandidate> Candidates { get; set; } = [];
}

public class ElectionCandidate : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid ElectionId { get; set; }
    public required string Name { get; set; }
    public Guid? DeputyId { get; set; }
    public int Order { get; set; }
    public int Votes { get; set; }
    public bool Elected { get; set; }
}
