using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>No single line of a paragraph at a page's top or bottom; a table keeps its header with two rows; a group heading carries on with （续）.</summary>
public sealed class OrphanAndWidowTests
{
    private const string Sentence = "代表们认为报告实事求是重点突出，";

    private static List<List<PageLine>> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => PageLine.Of(p)).ToList();
    }

    [Theory]
    [InlineData(21, 3)] // one line would be left at the bottom (orphan)
    [InlineData(20, 3)] // one line would go over to the top of the next page (widow)
    [InlineData(19, 5)]
    public void A_paragraph_leaves_no_single_line_at_the_top_or_bottom_of_a_page(int fillerLines, int paragraphLines)
    {
        var document = new OfficialDocument(TestFonts.Default);
        for (var i = 0; i < fillerLines; i++)
        {
            document.Line($"第{i + 1}行");
        }

        // Each sentence is 16 characters: a paragraph of n lines at 28 per line, the first indented two.
        var text = string.Concat(Enumerable.Repeat("代表们认为报告实事求是重点突出建议", paragraphLines * 2))[..((paragraphLines * 28) - 6)];
        var pages = Pages(document.Paragraph(text).Render());

        var paragraphOnFirst = pages[0].Count(l => !l.Text.StartsWith('第'));
        Assert.True(paragraphOnFirst is 0 or >= 2, $"{paragraphOnFirst} line(s) of the paragraph at the bottom of page 1");
        if (pages.Count > 1)
        {
            Assert.True(pages[1].Count >= 2, $"{pages[1].Count} line(s) at the top of page 2");
        }
    }

    /// <summary>The headings of a report meet every place on the page as the filler above them grows by a line.</summary>
    [Fact]
    public void A_heading_is_never_the_last_line_of_a_page_and_takes_two_lines_of_its_text_along()
    {
        string Text(int lines) => string.Concat(Enumerable.Repeat("代表们认为报告实事求是重点突出建议", lines * 2))[..((lines * 28) - 6)];
        const string LongHeading = "（二）聚焦全镇中心工作，扎实开展视察调研执法检查和工作评议，增强监督实效";
        string[] headings = ["一、2026年工作回顾", "（一）依法召开人民代表大会会议", LongHeading, "二、存在的问题"];
        for (var filler = 0; filler <= PageSetup.LinesPerPage; filler++)
        {
            var document = new OfficialDocument(TestFonts.Default);
            for (var i = 0; i < filler; i++)
            {
                document.Line($"第{i + 1}行");
            }

            document.Heading1(headings[0]).Heading2(headings[1]).Paragraph(Text(5)).Heading2(LongHeading).Paragraph(Text(3)).Heading1(headings[3]).Paragraph(Text(6));
            var pages = Pages(document.Render());

            foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
            {
                bool IsHeading(PageLine line) => headings.Any(h => h.Contains(line.Text, StringComparison.Ordinal));
                Assert.False(IsHeading(page[^1]), $"{filler} lines before: page {number} ends with the heading line '{page[^1].Text}'");
                Assert.False(page.All(IsHeading), $"{filler} lines before: page {number} holds nothing but headings");
            }

            var body = string.Concat(pages.SelectMany(p => p.Select(l => l.Text)));
            Assert.All(headings, h => Assert.Contains(h.Replace(" ", "", StringComparison.Ordinal), body, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_table_never_leaves_its_header_alone_and_repeats_it_with_two_rows_at_least()
    {
        for (var filler = 14; filler <= 21; filler++)
        {
            var document = new OfficialDocument(TestFonts.Default);
            for (var i = 0; i < filler; i++)
            {
                document.Line($"第{i + 1}行");
            }

            var rows = Enumerable.Range(1, 7).Select(i => (IReadOnlyList<string>)[$"{i}", $"事项{i}"]).ToList();
            var pages = Pages(document.Table([new TableColumn("序号", 1), new TableColumn("事项", 4)], rows, new TableStyle(MinRowHeight: PageSetup.LinePitch)).Render());

            foreach (var page in pages)
            {
                var header = page.FindIndex(l => l.Text == "序号事项");
                if (header >= 0)
                {
                    var rowsBelow = page.Skip(header + 1).Count(l => l.Text.Contains("事项", StringComparison.Ordinal));
                    Assert.True(rowsBelow >= 2, $"{filler} lines before: header with {rowsBelow} row(s) on a page");
                }
            }

            Assert.Equal(7, pages.Sum(p => p.Count(l => l.Text.StartsWith("事项", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(l.Text, @"^\d事项"))));
        }
    }

    [Fact]
    public void A_groups_rows_continuing_on_a_new_page_carry_the_group_heading_with_continued()
    {
        var rows = Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"{i}", $"代表{i}"]).ToList();
        var pdf = new OfficialDocument(TestFonts.Default)
            .Heading2("第一代表小组（40人）")
            .Table([new TableColumn("序号", 1), new TableColumn("姓名", 4)], rows, new TableStyle(MinRowHeight: PageSetup.LinePitch))
            .Render();

        var pages = PdfText.PagesCompact(pdf);
        Assert.True(pages.Count >= 2);
        Assert.StartsWith("第一代表小组（40人）序号姓名", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.StartsWith("第一代表小组（40人）（续）序号姓名", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_merged_group_cell_repeated_on_a_new_page_says_continued()
    {
        var rows = Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"{i}", $"代表{i}", "第一代表小组"]).ToList();
        var pdf = new OfficialDocument(TestFonts.Default)
            .Table([new TableColumn("序号", 1), new TableColumn("姓名", 3), new TableColumn("代表小组", 1.5, MergeRepeated: true)], rows, new TableStyle(MinRowHeight: PageSetup.LinePitch))
            .Render();

        var pages = PdfText.PagesCompact(pdf);
        Assert.Contains("第一代表小组", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("（续）", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.Contains("第一代表小组（续）", p, StringComparison.Ordinal));
    }
}
