using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Township.Congress.Reports.Documents.AnnualReports;

namespace Township.Congress.Reports.Tests;

/// <summary>The annual report as .docx: opened with the Open XML SDK (styles, page, footers) and by LibreOffice Writer.</summary>
public sealed class AnnualReportDocxTests
{
    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<(string Style, string Text)> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText))
            .ToList();

    [Fact]
    public void Headings_carry_the_heading_styles_in_the_order_of_the_report()
    {
        var model = AnnualReportSampleData.Report();
        using var document = Open(AnnualReportDocx.Write(model));
        var paragraphs = Paragraphs(document);

        Assert.Equal(("Title", model.Title), paragraphs[0]);
        Assert.Equal([model.Occasion, model.Reporter], paragraphs.Where(p => p.Style == "Subtitle").Select(p => p.Text));
        Assert.Equal(model.Sections.Select(s => s.Heading), paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
        Assert.Equal(
            model.Sections.SelectMany(s => s.Parts).Select(p => p.Heading).Where(h => h.Length > 0),
            paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text));
        Assert.Equal(
            AnnualReportSampleData.Headings(model),
            paragraphs.Where(p => p.Style is "Heading1" or "Heading2").Select(p => p.Text));
        var body = model.Opening.Concat(model.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs));
        Assert.Equal(body, paragraphs.Where(p => p.Style == "Normal").Select(p => p.Text));
        Assert.Contains(("Salutation", "各位代表："), paragraphs);
    }

    [Fact]
    public void Styles_set_fangsong_body_with_two_character_indent_and_the_grid_line_spacing()
    {
        using var document = Open(AnnualReportDocx.Write(AnnualReportSampleData.Report()));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        var normal = styles["Normal"];
        Assert.True(normal.Default?.Value);
        Assert.Equal("仿宋", normal.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", normal.StyleRunProperties.FontSize!.Val!.Value);
        var indent = normal.StyleParagraphProperties!.Indentation!;
        Assert.Equal(200, indent.FirstLineChars!.Value);
        var spacing = normal.StyleParagraphProperties.SpacingBetweenLines!;
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.InRange(int.Parse(spacing.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture), 560, 600);
        // 28 characters of 三号 on the 156 mm line, not 27: the character spacing narrows each by a fraction of a point.
        var pitch = 16 + (normal.StyleRunProperties.GetFirstChild<Spacing>()!.Val!.Value / 20.0);
        var line = Layout.PageSetup.Mm(156);
        Assert.True(28 * pitch <= line && 29 * pitch > line, $"a character pitch of {pitch} pt");

        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal("黑体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.NotNull(styles["Heading1"].StyleParagraphProperties!.KeepNext);
        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Equal("楷体", styles["Heading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("44", styles["Title"].StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal(JustificationValues.Center, styles["Title"].StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void The_page_is_a4_with_the_gbt9704_margins_and_numbered_footers()
    {
        using var document = Open(AnnualReportDocx.Write(AnnualReportSampleData.Report()));
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(2, main.FooterParts.Count());
        Assert.All(main.FooterParts, f =>
        {
            Assert.Contains("PAGE", f.Footer!.Descendants<SimpleField>().Single().Instruction!.Value!, StringComparison.Ordinal);
            Assert.Equal("— 1 —", f.Footer.InnerText);
        });
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
    }

    [Fact]
    public void A_draft_has_its_version_in_the_header_and_a_final_report_has_no_header()
    {
        using (var draft = Open(AnnualReportDocx.Write(AnnualReportSampleData.Report())))
        {
            Assert.Equal(AnnualReportSampleData.Draft, draft.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
            Assert.Equal(AnnualReportSampleData.Title, draft.PackageProperties.Title);
        }

        using var final = Open(AnnualReportDocx.Write(AnnualReportSampleData.Report(isFinal: true)));
        Assert.Empty(final.MainDocumentPart!.HeaderParts);
    }

    [Fact]
    public void The_document_passes_the_open_xml_validator()
    {
        using var document = Open(AnnualReportDocx.Write(AnnualReportSampleData.Report()));
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task LibreOffice_writer_converts_it_to_a_pdf_with_the_headings_intact()
    {
        var model = AnnualReportSampleData.Report();
        var pdf = await LibreOfficeWriter.ConvertToPdfAsync(AnnualReportDocx.Write(model));

        var text = PdfText.PagesCompact(pdf);
        var joined = string.Concat(text);
        var at = 0;
        foreach (var heading in AnnualReportSampleData.Headings(model).Prepend(model.Title))
        {
            var found = joined.IndexOf(heading.Replace(" ", string.Empty, StringComparison.Ordinal), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{heading}' not found after position {at} in the converted PDF");
            at = found + 1;
        }

        Assert.InRange(text.Count, 8, 20);
        Assert.All(text, page => Assert.Contains("—", page, StringComparison.Ordinal));
    }

    /// <summary>soffice --headless --convert-to pdf in a profile of its own, so parallel runs do not share a lock.</summary>
    private static class LibreOfficeWriter
    {
        public static async Task<byte[]> ConvertToPdfAsync(byte[] docx)
        {
            var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException("LibreOffice not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui (scripts/test.sh does).");
            var work = Directory.CreateTempSubdirectory("congress-lo-docx-").FullName;
            try
            {
                var input = Path.Combine(work, "report.docx");
                await File.WriteAllBytesAsync(input, docx);
                var start = new ProcessStartInfo(soffice)
                {
                    ArgumentList = { $"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf", "--outdir", work, input },
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
                var pdf = Path.Combine(work, "report.pdf");
                Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"soffice exit {process.ExitCode}: {await output} {await error}");
                var bytes = await File.ReadAllBytesAsync(pdf);
                SampleOutput.Write("annual-report-docx-via-libreoffice.pdf", bytes);
                return bytes;
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { /* best effort */ }
            }
        }
    }
}
