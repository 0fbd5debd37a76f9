using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class OfficialDocumentTests
{
    private const string LongParagraph =
        "今年以来，乡人大主席团认真贯彻落实《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》，" +
        "组织代表开展视察调研12次，收到代表建议32件，已全部交办（办结率100%）。代表们表示：“履职尽责，不负人民重托。”";

    [Fact]
    public void Body_text_reads_back_and_holds_22_lines_per_page()
    {
        var doc = new OfficialDocument(TestFonts.Default).Title("城关镇人大主席团2026年工作报告").Heading1("一、主要工作");
        for (var i = 0; i < 20; i++)
        {
            doc.Paragraph(LongParagraph);
        }

        var pdf = doc.Render();

        using var document = PdfDocument.Open(pdf);
        var page2 = document.GetPage(2);
        // Distinct baselines of 16 pt body text above the page number: exactly the 22 grid lines.
        var baselines = page2.Letters
            .Where(l => Math.Abs(l.PointSize - 16) < 0.1)
            .Select(l => Math.Round(l.StartBaseLine.Y, 1))
            .Distinct()
            .Count();
        Assert.Equal(22, baselines);
        Assert.Contains("城关镇人大主席团2026年工作报告", PdfText.PagesCompact(pdf)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void No_rendered_line_starts_with_closing_punctuation()
    {
        var doc = new OfficialDocument(TestFonts.Default);
        for (var i = 0; i < 5; i++)
        {
            doc.Paragraph(LongParagraph);
        }

        using var document = PdfDocument.Open(doc.Render());
        foreach (var page in document.GetPages())
        {
            var lineStarts = page.Letters
                .Where(l => Math.Abs(l.PointSize - 16) < 0.1)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .Select(g => g.OrderBy(l => l.StartBaseLine.X).First().Value[0]);
            Assert.All(lineStarts, c => Assert.False(ChinesePunctuation.IsNotAtLineStart(c), $"a line starts with '{c}'"));
        }
    }

    [Fact]
    public void Table_rows_with_wrapped_cells_flow_over_pages()
    {
        var columns = new[] { new TableColumn("项目", 1), new TableColumn("说明", 3, TextAlignment.Left) };
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[$"第{i}项", LongParagraph]).ToList();

        var pdf = new OfficialDocument(TestFonts.Default).Table(columns, rows).Render();

        var pages = PdfText.PagesCompact(pdf);
        Assert.True(pages.Count > 2);
        Assert.All(pages, p => Assert.StartsWith("项目说明", p, StringComparison.Ordinal));
        Assert.Contains("第60项", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_rows_that_do_not_match_the_columns()
    {
        var doc = new OfficialDocument(TestFonts.Default);

        Assert.Throws<ArgumentException>(() => doc.Table([new TableColumn("甲", 1)], [["1", "2"]]));
    }
}
