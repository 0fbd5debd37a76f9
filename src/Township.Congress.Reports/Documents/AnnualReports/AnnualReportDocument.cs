using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents.AnnualReports;

/// <summary>
/// 乡镇人大主席团年度工作报告 on the GB/T 9704 portrait page: title in 小标宋 二号, the occasion and the reporter
/// in 楷体 under it, "各位代表：", the opening, then each 一、 heading in 黑体 with its （一） parts in 楷体 and
/// body paragraphs in 仿宋 三号 indented two characters. A draft carries its version above the type area of
/// every page, so no page of it is mistaken for the text read to the session.
/// </summary>
public static class AnnualReportDocument
{
    public static byte[] Render(AnnualReportPrintModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    /// <summary>The report as one document, for callers that want to add to it before rendering.</summary>
    public static OfficialDocument Build(AnnualReportPrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions)
        {
            DocumentTitle = model.Title,
            PageMark = model.IsFinal || string.IsNullOrWhiteSpace(model.VersionText) ? null : model.VersionText,
            // The day of the session it is read at, when known; the print date never enters the file.
            DocumentDate = DocumentMetadata.ParseChineseDate(model.Occasion),
        };

        var underTitle = new[] { model.Occasion, model.Reporter }.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        document.Title(MinutesText.TitleBreakingAfter(model.Title, "人民代表大会"), blankLineAfter: underTitle.Count == 0);
        if (underTitle.Count > 0)
        {
            foreach (var line in underTitle)
            {
                document.Subtitle(line);
            }

            document.BlankLine();
        }

        if (!string.IsNullOrWhiteSpace(model.Salutation))
        {
            document.Line(model.Salutation, keepWithNext: true);
        }

        Paragraphs(document, model.Opening);
        foreach (var section in model.Sections)
        {
            document.Heading1(section.Heading);
            foreach (var part in section.Parts)
            {
                if (!string.IsNullOrWhiteSpace(part.Heading))
                {
                    document.Heading2(part.Heading);
                }

                Paragraphs(document, part.Paragraphs);
            }
        }

        return document;
    }

    /// <summary>Body paragraphs as the secretary left them; an emptied paragraph prints no blank line.</summary>
    private static void Paragraphs(OfficialDocument document, IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            document.Paragraph(paragraph.Trim());
        }
    }
}
