using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Township.Congress.Reports.Tests;

/// <summary>Signature block, fixed row heights, merged cells and pages without numbers.</summary>
public sealed class LayoutExtensionTests
{
    private const double Mm = 72 / 25.4;

    [Fact]
    public void Signature_sits_two_characters_in_from_the_right_with_the_date_shifted_two_characters()
    {
        var pdf = new OfficialDocument(TestFonts.Default)
            .Paragraph("会议结束。")
            .Signature("城关镇人民代表大会主席团", "2026年3月9日")
            .Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var issuer = PdfText.Run(page, "城关镇人民代表大会主席团");
        var date = PdfText.Run(page, "2026年3月9日");
        var right = page.Width - (26 * Mm);

        Assert.Equal(right - 32, issuer[^1].EndBaseLine.X, 1.5);
        Assert.Equal(issuer[0].StartBaseLine.X + 32, date[0].StartBaseLine.X, 1.5);
        Assert.True(date[0].StartBaseLine.Y < issuer[0].StartBaseLine.Y, "the date is below the issuer");
    }

    [Fact]
    public void A_long_date_keeps_its_right_indent_and_pushes_the_issuer_left()
    {
        var pdf = new OfficialDocument(TestFonts.Default).Signature("主席团", "2026年12月31日").Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var issuer = PdfText.Run(page, "主席团");
        var date = PdfText.Run(page, "2026年12月31日");

        Assert.Equal(page.Width - (26 * Mm) - 32, date[^1].EndBaseLine.X, 1.5);
        Assert.Equal(date[0].StartBaseLine.X - 32, issuer[0].StartBaseLine.X, 1.5);
    }

    [Fact]
    public void Min_row_height_makes_rows_tall_enough_to_write_in()
    {
        var style = new TableStyle(MinRowHeight: 40);
        var pdf = new OfficialDocument(TestFonts.Default)
            .Table([new TableColumn("姓名", 1), new TableColumn("签名", 2)], [["甲一", ""], ["乙二", ""]], style)
            .Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var first = PdfText.Run(page, "甲一")[0].StartBaseLine.Y;
        var second = PdfText.Run(page, "乙二")[0].StartBaseLine.Y;
        Assert.Equal(40, first - second, 0.5);
    }

    [Fact]
    public void Merged_cells_print_their_text_once_per_page()
    {
        var columns = new[] { new TableColumn("职务", 1, MergeRepeated: true), new TableColumn("候选人", 1) };
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[i <= 3 ? "主席" : "委员", $"候选{i}"]).ToList();

        var pages = PdfText.PagesCompact(new OfficialDocument(TestFonts.Default).Table(columns, rows).Render());

        Assert.True(pages.Count >= 2);
        Assert.Equal(1, Count(pages[0], "主席"));
        Assert.Equal(1, Count(pages[0], "委员"));
        // Continued on the next page: the label is printed again at the top.
        Assert.Equal(1, Count(pages[1], "委员"));
        Assert.Contains("候选80", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_and_its_lead_in_move_to_the_page_of_their_table()
    {
        var doc = new OfficialDocument(TestFonts.Default);
        for (var i = 0; i < 20; i++)
        {
            doc.Paragraph("会议记录。");
        }

        doc.Heading1("二、会议议程").Paragraph("会议共有2项议程：", keepWithNext: true)
            .Table([new TableColumn("序号", 1), new TableColumn("议程", 4)], [["1", "听取报告"], ["2", "选举"]]);

        var pages = PdfText.PagesCompact(doc.Render());

        Assert.Equal(2, pages.Count);
        Assert.StartsWith("二、会议议程会议共有2项议程：序号议程", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_can_be_left_out()
    {
        var pdf = new OfficialDocument(TestFonts.Default) { PageNumbers = false }.Title("选票").Render();

        Assert.DoesNotContain("—", PdfText.Pages(pdf)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_breaks_at_the_preferred_point()
    {
        var title = "城关镇第十三届人民代表大会" + OfficialDocument.PreferredTitleBreak + "第三次会议纪要";
        var pdf = new OfficialDocument(TestFonts.Default).Title(title).Render();

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(["城关镇第十三届人民代表大会", "第三次会议纪要"], TitleLines(document.GetPage(1)));
        Assert.Equal("城关镇第十三届人民代表大会第三次会议纪要", document.Information.Title);
    }

    [Fact]
    public void A_long_title_without_a_mark_breaks_into_even_lines()
    {
        var pdf = new OfficialDocument(TestFonts.Default).Title("城关镇人民代表大会主席团关于二〇二六年代表建议办理情况的报告").Render();

        using var document = PdfDocument.Open(pdf);
        var lines = TitleLines(document.GetPage(1));
        Assert.Equal(2, lines.Count);
        Assert.InRange(lines[0].Length - lines[1].Length, 0, 1);
    }

    [Fact]
    public void A_short_title_ignores_the_mark()
    {
        var pdf = new OfficialDocument(TestFonts.Default).Title("某乡人民代表大会" + OfficialDocument.PreferredTitleBreak + "纪要").Render();

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(["某乡人民代表大会纪要"], TitleLines(document.GetPage(1)));
    }

    private static List<string> TitleLines(Page page) => page.Letters
        .Where(l => l.PointSize > 20)
        .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
        .OrderByDescending(g => g.Key)
        .Select(g => string.Concat(g.Select(l => l.Value)))
        .ToList();

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
