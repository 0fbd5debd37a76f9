namespace Township.Congress.Reports.Documents.AnnualReports;

/// <summary>
/// Input for the 乡镇人大主席团年度工作报告, printed as PDF (GB/T 9704) and written as .docx for the last edits a
/// township makes by hand. Texts arrive final: the web layer has already put every live (or, once finalised,
/// frozen) figure into the prose, so the renderers only lay out what they are given and never count anything.
/// </summary>
/// <param name="Title">"××镇人民代表大会主席团工作报告".</param>
/// <param name="Occasion">"——2027年1月8日在××镇第十八届人民代表大会第七次会议上" (the dash included); empty while unknown.</param>
/// <param name="Reporter">"镇人大主席　张三", printed under the title; empty while unknown.</param>
/// <param name="VersionText">"第3稿　定稿" or "第2稿　草稿（数据截至2026年12月1日）"; a draft marks every page so nobody signs it.</param>
/// <param name="Salutation">"各位代表：".</param>
/// <param name="Opening">The opening paragraphs (受…主席团委托，向大会报告工作，请予审议。).</param>
/// <param name="Sections">一、工作回顾 / 二、存在的问题 / 三、下一年工作安排, in order.</param>
public sealed record AnnualReportPrintModel(
    string TownshipName,
    int Year,
    string Title,
    string Occasion,
    string Reporter,
    string VersionText,
    bool IsFinal,
    string Salutation,
    IReadOnlyList<string> Opening,
    IReadOnlyList<AnnualReportSection> Sections);

/// <param name="Heading">"一、2026年工作回顾" (numbered by the web layer, 黑体 in print, Heading 1 in .docx).</param>
public sealed record AnnualReportSection(string Heading, IReadOnlyList<AnnualReportPart> Parts);

/// <param name="Heading">"（一）依法召开人民代表大会会议，认真履行法定职责" (楷体 in print, Heading 2 in .docx); empty for a part without one.</param>
/// <param name="Paragraphs">Body paragraphs, each printed with a two-character first-line indent.</param>
public sealed record AnnualReportPart(string Heading, IReadOnlyList<string> Paragraphs);
