using Township.Congress.Reports.Documents.AnnualReports;
using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>The annual report as PDF, read back with PdfPig: its length, its headings in order, a draft's mark on every page.</summary>
public sealed class AnnualReportDocumentTests
{
    private static readonly string DraftMark = Compact(AnnualReportSampleData.Draft);

    [Fact]
    public void A_full_report_takes_ten_to_fifteen_pages_and_stays_under_a_megabyte()
    {
        var pdf = AnnualReportDocument.Render(AnnualReportSampleData.Report(), TestFonts.Default);

        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 10, 15);
        Assert.True(pdf.Length <= 1024 * 1024, $"{pdf.Length} bytes");
        Assert.Equal(AnnualReportSampleData.Title, document.Information.Title);
    }

    [Fact]
    public void Title_occasion_salutation_and_every_heading_read_back_in_order()
    {
        var model = AnnualReportSampleData.Report();
        var text = PdfText.BodyCompact(AnnualReportDocument.Render(model, TestFonts.Default)).Replace(DraftMark, string.Empty, StringComparison.Ordinal);

        var expected = new[] { model.Title, Compact(model.Occasion), Compact(model.Reporter), model.Salutation, model.Opening[0] }
            .Concat(AnnualReportSampleData.Headings(model))
            .Append(model.Sections[^1].Parts[^1].Paragraphs[^1]);
        var at = 0;
        foreach (var piece in expected)
        {
            var found = text.IndexOf(Compact(piece), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{piece}' not found after position {at}");
            at = found + 1;
        }
    }

    [Fact]
    public void Every_paragraph_is_printed_whole()
    {
        var model = AnnualReportSampleData.Report();
        var text = PdfText.BodyCompact(AnnualReportDocument.Render(model, TestFonts.Default)).Replace(DraftMark, string.Empty, StringComparison.Ordinal);

        var paragraphs = model.Sections.SelectMany(s => s.Parts).SelectMany(p => p.Paragraphs).ToList();
        Assert.All(paragraphs, p => Assert.Contains(Compact(p), text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_carries_its_version_above_the_text_of_every_page_and_a_final_report_does_not()
    {
        var draft = PdfText.PagesCompact(AnnualReportDocument.Render(AnnualReportSampleData.Report(), TestFonts.Default));
        var final = PdfText.PagesCompact(AnnualReportDocument.Render(AnnualReportSampleData.Report(isFinal: true), TestFonts.Default));

        Assert.All(draft.Select((page, i) => (page, i)), p => Assert.True(p.page.StartsWith(DraftMark, StringComparison.Ordinal), $"page {p.i + 1}: {p.page[..20]}"));
        Assert.All(final, page => Assert.DoesNotContain("稿", page[..10], StringComparison.Ordinal));
        Assert.Equal(draft.Count, final.Count);
    }

    [Fact]
    public void The_mark_stays_in_the_top_margin_and_takes_no_line_of_the_body()
    {
        using var document = PdfDocument.Open(AnnualReportDocument.Render(AnnualReportSampleData.Report(), TestFonts.Default));
        var page = document.GetPage(2);
        var lines = PageLine.Of(page);
        var bodyTop = page.Height - PageSetup.Mm(PageSetup.Gbt9704.TopMm);

        // PageLine leaves out whitespace letters such as the ideographic space.
        Assert.Equal(DraftMark.Replace("　", string.Empty, StringComparison.Ordinal), lines[0].Text);
        Assert.True(lines[0].Baseline > bodyTop, $"mark at {lines[0].Baseline:F1}, type area from {bodyTop:F1}");
        // Below it the page holds its full 22 lines of text.
        Assert.Equal(PageSetup.LinesPerPage, lines.Count(l => l.Baseline < bodyTop));
    }

    [Fact]
    public void No_page_ends_with_a_heading()
    {
        var model = AnnualReportSampleData.Report();
        var headings = AnnualReportSampleData.Headings(model);
        using var document = PdfDocument.Open(AnnualReportDocument.Render(model, TestFonts.Default));
        foreach (var page in document.GetPages())
        {
            var body = PageLine.Of(page).Where(l => l.Baseline < page.Height - PageSetup.Mm(PageSetup.Gbt9704.TopMm)).ToList();
            Assert.NotEmpty(body);
            Assert.False(headings.Any(h => h.StartsWith(body[^1].Text, StringComparison.Ordinal)), $"page {page.Number} ends with the heading '{body[^1].Text}'");
            Assert.False(body.All(l => headings.Any(h => h.Contains(l.Text, StringComparison.Ordinal))), $"page {page.Number} holds only headings");
        }
    }

    [Fact]
    public void Empty_parts_print_nothing_and_a_report_without_occasion_still_has_its_title_and_headings()
    {
        var sample = AnnualReportSampleData.Report();
        var model = sample with
        {
            Occasion = "",
            Reporter = "",
            Opening = ["", "  "],
            Sections = [new("一、2026年工作回顾", [new("", ["本年度召开主席团会议4次。", ""])]), new("二、存在的问题", [])],
        };

        var pages = PdfText.PagesCompact(AnnualReportDocument.Render(model, TestFonts.Default));

        Assert.Single(pages);
        Assert.Equal(DraftMark + model.Title + "各位代表：一、2026年工作回顾本年度召开主席团会议4次。二、存在的问题—1—", pages[0]);
    }

    private static string Compact(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u200B", string.Empty, StringComparison.Ordinal);
}
