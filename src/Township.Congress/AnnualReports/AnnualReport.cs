using Township.Congress.Model;

namespace Township.Congress.AnnualReports;

/// <summary>
/// One version (第N稿) of a township's 主席团年度工作报告 for a year. Its paragraphs hold prose with live figure placeholders
/// (<see cref="AnnualReportFigures"/>) that read the year's figures while the version is a draft; finalising stores the figure
/// values beside the text (<see cref="FrozenFigures"/>), after which the version never changes. A new draft is started by
/// copying a finalised version (<see cref="CopiedFromId"/>).
/// </summary>
public class AnnualReport : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public int Year { get; set; }

    /// <summary>第N稿: 1 for the first draft of the year, one more for each version started after it.</summary>
    public int Number { get; set; }
    public AnnualReportState State { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTime StartedAtUtc { get; set; }
    public Guid? CopiedFromId { get; set; }

    /// <summary>"——2027年1月8日在××镇第十八届人民代表大会第七次会议上": empty until the session is known.</summary>
    public string Occasion { get; set; } = "";

    /// <summary>"镇人大主席　张三", printed under the title; empty until known.</summary>
    public string Reporter { get; set; } = "";

    public string? FinalisedBy { get; set; }
    public DateTime? FinalisedAtUtc { get; set; }

    /// <summary>The figure values at finalising, as JSON (placeholder key → text): the text of a final version reads only these.</summary>
    public string? FrozenFigures { get; set; }

    public List<AnnualReportParagraph> Paragraphs { get; set; } = [];

    public bool IsFinal => State == AnnualReportState.Final;

    /// <summary>"2026年度第2稿", the version's name in the audit and on the page.</summary>
    public static string Name(int year, int number) => string.Format(Resources.ModelText.AnnualReport_Name, year, number);
}

public enum AnnualReportState
{
    Draft,
    Final,
}

/// <summary>The report's three numbered sections, after the opening.</summary>
public enum AnnualReportSection
{
    /// <summary>受…主席团委托，向大会报告工作.</summary>
    Opening,
    /// <summary>一、工作回顾.</summary>
    Review,
    /// <summary>二、存在的问题.</summary>
    Problems,
    /// <summary>三、下一年工作安排.</summary>
    Plan,
}

/// <summary>
/// A paragraph of a report version: a part's heading (<see cref="IsHeading"/>, "（一）…") or body prose. Every text it ever had is
/// kept in <see cref="Revisions"/> with who and when; <see cref="Text"/> is the latest.
/// </summary>
public class AnnualReportParagraph : Entity, ITownshipOwned
{
    public Guid AnnualReportId { get; set; }
    public Guid TownshipId { get; set; }
    public AnnualReportSection Section { get; set; }

    /// <summary>The numbered part within the section, from 1; 0 for a section without parts.</summary>
    public int Part { get; set; }
    public int Order { get; set; }
    public bool IsHeading { get; set; }
    public string Text { get; set; } = "";
    public List<AnnualReportRevision> Revisions { get; set; } = [];
}

/// <summary>One text a paragraph had: the generated or copied one (number 1) and each edit after it.</summary>
public class AnnualReportRevision : Entity, ITownshipOwned
{
    public Guid ParagraphId { get; set; }
    public Guid TownshipId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public string By { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
