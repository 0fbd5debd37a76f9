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

    /// <summary>监票人 and 计票人, names as typed; empty until the count is recorded.</summary>
    public string Scrutineers { get; set; } = "";
    public string Counters { get; set; } = "";

    /// <summary>发出 / 有效 / 无效 ballots (收回 is <see cref="BallotsCast"/>); null until the count is recorded.</summary>
    public int? BallotsIssued { get; set; }
    public int? BallotsValid { get; set; }
    public int? BallotsInvalid { get; set; }
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

    /// <summary>另选人: written in on the ballots, not nominated; 等额/差额 counts the nominated only.</summary>
    public bool WrittenIn { get; set; }
}
