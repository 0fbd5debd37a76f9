using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Township.Congress.Reports.Documents.AnnualReports;

/// <summary>
/// The annual report as a Word document (.docx) for the last edits a township always makes by hand: the same
/// headings as the PDF, carried by real styles (Title, Subtitle, Heading 1/2, Normal) so that WPS or Word shows
/// them in its navigation pane and a change of style changes every heading at once. Page, grid and page numbers
/// follow GB/T 9704 as the PDF does (see <see cref="AnnualReportDocxStyles"/>).
/// </summary>
public static class AnnualReportDocx
{
    public static byte[] Write(AnnualReportPrintModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = model.Title;
            package.PackageProperties.Creator = Layout.OfficialDocument.Creator;
            var main = package.AddMainDocumentPart();
            AnnualReportDocxStyles.AddTo(main);
            var draftMark = model.IsFinal || string.IsNullOrWhiteSpace(model.VersionText) ? null : model.VersionText;
            var body = new Body();
            foreach (var paragraph in Paragraphs(model))
            {
                body.Append(paragraph);
            }

            body.Append(AnnualReportDocxStyles.Section(main, draftMark));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The paragraphs in reading order, each carrying the style of its role.</summary>
    private static IEnumerable<Paragraph> Paragraphs(AnnualReportPrintModel model)
    {
        yield return Styled(AnnualReportDocxStyles.Title, model.Title);
        var underTitle = new[] { model.Occasion, model.Reporter }.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        foreach (var line in underTitle)
        {
            yield return Styled(AnnualReportDocxStyles.Subtitle, line);
        }

        // One empty line between the title block and the text, as in the PDF.
        yield return Styled(AnnualReportDocxStyles.Salutation, string.Empty);
        if (!string.IsNullOrWhiteSpace(model.Salutation))
        {
            yield return Styled(AnnualReportDocxStyles.Salutation, model.Salutation);
        }

        foreach (var paragraph in Body(model.Opening))
        {
            yield return paragraph;
        }

        foreach (var section in model.Sections)
        {
            yield return Styled(AnnualReportDocxStyles.Heading1, section.Heading);
            foreach (var part in section.Parts)
            {
                if (!string.IsNullOrWhiteSpace(part.Heading))
                {
                    yield return Styled(AnnualReportDocxStyles.Heading2, part.Heading);
                }

                foreach (var paragraph in Body(part.Paragraphs))
                {
                    yield return paragraph;
                }
            }
        }
    }

    private static IEnumerable<Paragraph> Body(IReadOnlyList<string> paragraphs) =>
        paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Styled(AnnualReportDocxStyles.Normal, p.Trim()));

    /// <summary>A paragraph of one style; a line break typed inside a paragraph stays a line break.</summary>
    internal static Paragraph Styled(string styleId, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        var run = new Run();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }
}
