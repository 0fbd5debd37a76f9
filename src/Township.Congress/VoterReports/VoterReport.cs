using Township.Congress.Model;

namespace Township.Congress.VoterReports;

/// <summary>
/// 代表述职: a deputy reports to the voters of the electoral district, who then rate the deputy
/// (domain.md, "Report to voters"). The result is stored when the rating is entered, so a later
/// change of the county's thresholds does not rewrite a published result.
/// </summary>
public class VoterReport : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid TermId { get; set; }
    public Guid DeputyId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string Place { get; set; } = "";

    /// <summary>选区: the deputy's constituency unless another was given.</summary>
    public string District { get; set; } = "";

    /// <summary>参加述职的选民人数.</summary>
    public int Audience { get; set; }
    public string ReportText { get; set; } = "";

    /// <summary>The report as an uploaded file (checked like suggestion attachments), instead of or beside the text.</summary>
    public string? FileName { get; set; }
    public string? FileContentType { get; set; }
    public int FileSizeBytes { get; set; }
    public byte[]? FileContent { get; set; }

    public RatingMethod RatingMethod { get; set; }
    public int CompetentVotes { get; set; }
    public int BasicallyCompetentVotes { get; set; }
    public int IncompetentVotes { get; set; }

    /// <summary>The average score (0–100) when the voters gave scores instead of votes.</summary>
    public decimal? Score { get; set; }

    /// <summary>测评结果, by <see cref="VoterReportRules.Result(VoterReport, Rules.CountyRules)"/> when the rating was entered.</summary>
    public VoterRating? Result { get; set; }

    /// <summary>The day of the rating (the date of the act printed on the result sheet).</summary>
    public DateOnly? RatedOn { get; set; }
    public bool IsPublished { get; set; }
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The day a copy was filed with the presidium (存档).</summary>
    public DateOnly? FiledOn { get; set; }

    public int VotesCast => CompetentVotes + BasicallyCompetentVotes + IncompetentVotes;
}

public enum RatingMethod
{
    /// <summary>Not rated yet.</summary>
    None,
    /// <summary>称职/基本称职/不称职 votes counted.</summary>
    Votes,
    /// <summary>An average score out of 100.</summary>
    Score,
}

/// <summary>测评结果.</summary>
public enum VoterRating
{
    Competent,
    BasicallyCompetent,
    Incompetent,
}
