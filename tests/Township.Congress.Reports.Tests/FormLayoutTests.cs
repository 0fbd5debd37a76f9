using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Township.Congress.Reports.Tests;

/// <summary>Forms (label/value grids), kept-together blocks, page breaks that change numbering, attachment marks.</summary>
public sealed class FormLayoutTests
{
    private const double Mm = 72 / 25.4;

    private static readonly FormGrid Grid = new(FieldsPerRow: 2, LabelWidth: 1, ValueWidth: 2);

    [Fact]
    public void A_row_with_fewer_fields_spans_and_its_cells_line_up_with_the_full_rows()
    {
        var pdf = new OfficialDocument(TestFonts.Default)
            .Form([Grid.Row(new("编号", "甲一"), new("类别", "乙二")), Grid.Row(new("标题", "丙三"))])
            .Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var left = 28 * Mm;
        var width = page.Width - (54 * Mm);
        // Values are left aligned after the padding: both rows' values start right of the first label cell.
        Assert.Equal(PdfText.Run(page, "甲一")[0].StartBaseLine.X, PdfText.Run(page, "丙三")[0].StartBaseLine.X, 0.1);
        Assert.Equal(left + (width / 6) + 3, PdfText.Run(page, "甲一")[0].StartBaseLine.X, 0.5);
        Assert.Equal(left + (width * 4 / 6) + 3, PdfText.Run(page, "乙二")[0].StartBaseLine.X, 0.5);
        Assert.Equal("编号甲一类别乙二标题丙三", PdfText.PagesCompact(pdf)[0][..12]);
    }

    [Fact]
    public void Labels_are_set_in_the_heading_face_and_values_in_the_body_face()
    {
        var pdf = new OfficialDocument(TestFonts.Default).Form([Grid.Row(new("编号", "甲一"))]).Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.NotEqual(PdfText.Run(page, "编号")[0].FontName, PdfText.Run(page, "甲一")[0].FontName);
    }

    [Fact]
    public void A_row_gets_its_own_minimum_height()
    {
        var pdf = new OfficialDocument(TestFonts.Default)
            .Form([Grid.Row(new("甲", "一")) with { MinHeight = 80 }, Grid.Row(new("乙", "二"))])
            .Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // Text is centred in its row: baselines are half of each row's height apart plus half the next.
        var plainRow = (TableStyle.Default.FontSize * TableStyle.Default.LineHeightFactor) + (2 * TableStyle.Default.PaddingY);
        Assert.Equal((80 / 2.0) + (plainRow / 2), PdfText.Run(page, "甲")[0].StartBaseLine.Y - PdfText.Run(page, "乙")[0].StartBaseLine.Y, 0.5);
    }

    [Fact]
    public void A_filling_row_takes_the_page_so_the_form_ends_at_the_bottom_of_the_type_area()
    {
        var pdf = new OfficialDocument(TestFonts.Default) { PageNumbers = false }
            .Title("答复表")
            .Form([Grid.Row(new("甲", "一")), Grid.Row(new("办理情况", string.Empty)) with { FillsPage = true }, Grid.Row(new("末行", "完"))])
            .Render();

        var pages = PdfText.PagesCompact(pdf);
        Assert.Single(pages);
        using var document = PdfDocument.Open(pdf);
        var last = PdfText.Run(document.GetPage(1), "末行")[0];
        var plainRow = (TableStyle.Default.FontSize * TableStyle.Default.LineHeightFactor) + (2 * TableStyle.Default.PaddingY);
        Assert.InRange(last.StartBaseLine.Y, 35 * Mm, (35 * Mm) + plainRow);
        Assert.Equal("答复表甲一办理情况末行完", pages[0]);
    }

    [Fact]
    public void A_long_form_continues_on_the_next_page_without_splitting_a_row()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Grid.Row(new($"第{i}项", $"内容{i}\n第二行"))).ToList();

        var pages = PdfText.PagesCompact(new OfficialDocument(TestFonts.Default).Form(rows).Render());

        Assert.Equal(2, pages.Count);
        Assert.All(Enumerable.Range(1, 30), i => Assert.Contains(pages, p => p.Contains($"第{i}项内容{i}第二行", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_form_kept_together_moves_whole_to_the_next_page_with_its_lead_in()
    {
        OfficialDocument Build(bool keepTogether)
        {
            var doc = new OfficialDocument(TestFonts.Default);
            for (var i = 0; i < 18; i++)
            {
                doc.Paragraph("会议记录。");
            }

            return doc.Paragraph("基本情况如下：", keepWithNext: true)
                .Form(Enumerable.Range(1, 6).Select(i => Grid.Row(new($"项{i}", $"值{i}"))), keepTogether: keepTogether);
        }

        var split = PdfText.PagesCompact(Build(keepTogether: false).Render());
        var kept = PdfText.PagesCompact(Build(keepTogether: true).Render());

        Assert.Contains("基本情况如下：项1值1", split[0], StringComparison.Ordinal);
        Assert.StartsWith("基本情况如下：项1值1项2值2项3值3项4值4项5值5项6值6", kept[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_row_without_cells()
    {
        var doc = new OfficialDocument(TestFonts.Default);

        Assert.Throws<ArgumentException>(() => doc.Form([new FormRow([])]));
        Assert.Throws<ArgumentException>(() => Grid.RowOf([new("甲", "一"), new("乙", "二"), new("丙", "三")]));
    }

    [Fact]
    public void A_page_break_can_switch_page_numbers_off_for_what_follows()
    {
        var pdf = new OfficialDocument(TestFonts.Default)
            .Paragraph("正文。")
            .PageBreak()
            .Paragraph("附件。")
            .PageBreak(pageNumbers: false)
            .Paragraph("表格。")
            .Render();

        var pages = PdfText.PagesCompact(pdf);
        Assert.Equal(["正文。—1—", "附件。—2—", "表格。"], pages);
    }

    [Fact]
    public void Printed_duplex_a_page_break_to_an_odd_page_leaves_an_unnumbered_blank_page_that_is_still_a_sound_pdf()
    {
        var pdf = new OfficialDocument(TestFonts.Default) { Duplex = true }
            .Paragraph("正文。")
            .PageBreak(pageNumbers: false, startOnOddPage: true)
            .Paragraph("表格一。")
            .PageBreak(startOnOddPage: true)
            .Paragraph("表格二。")
            .Render();

        Assert.Equal(["正文。—1—", string.Empty, "表格一。", string.Empty, "表格二。"], PdfText.PagesCompact(pdf));
        PdfStreams.AssertEveryFlateStreamInflates(pdf);
    }

    [Fact]
    public void An_odd_page_break_on_an_odd_page_adds_no_blank_page()
    {
        var pdf = new OfficialDocument(TestFonts.Default) { Duplex = true }
            .Paragraph("第一页。").PageBreak().Paragraph("第二页。")
            .PageBreak(startOnOddPage: true).Paragraph("第三页。")
            .Render();

        Assert.Equal(["第一页。—1—", "第二页。—2—", "第三页。—3—"], PdfText.PagesCompact(pdf));
    }

    [Fact]
    public void Printed_single_sided_an_odd_page_break_leaves_no_blank_page()
    {
        var pdf = new OfficialDocument(TestFonts.Default)
            .Paragraph("正文。")
            .PageBreak(pageNumbers: false, startOnOddPage: true)
            .Paragraph("表格一。")
            .Render();

        Assert.Equal(["正文。—1—", "表格一。"], PdfText.PagesCompact(pdf));
    }

    [Fact]
    public void An_empty_document_without_page_numbers_is_a_sound_pdf()
    {
        PdfStreams.AssertEveryFlateStreamInflates(new OfficialDocument(TestFonts.Default) { PageNumbers = false }.Render());
    }

    [Fact]
    public void The_attachment_mark_is_flush_left_in_the_heading_face()
    {
        var pdf = new OfficialDocument(TestFonts.Default).AttachmentMark().Title("代表建议原文").Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var mark = PdfText.Run(page, "附件");
        Assert.Equal(28 * Mm, mark[0].StartBaseLine.X, 0.5);
        Assert.Equal(16, mark[0].PointSize, 0.1);
        Assert.True(mark[0].StartBaseLine.Y > PdfText.Run(page, "代表建议原文")[0].StartBaseLine.Y);
    }

    [Fact]
    public void A_line_kept_with_the_signature_moves_with_it_when_the_blank_line_would_not_fit()
    {
        // 19 lines leave 3 on the page: the 附件 line, the blank line and the issuer fit, the date does not.
        // The text before moves too (GB/T 9704 7.3.5): the signature's page never holds the signature alone.
        var doc = new OfficialDocument(TestFonts.Default);
        for (var i = 0; i < 19; i++)
        {
            doc.Paragraph("会议记录。");
        }

        var pages = PdfText.PagesCompact(doc.Paragraph("附件：代表建议原文", keepWithNext: true).Signature("主席团", "2026年3月2日").Render());

        Assert.Equal(2, pages.Count);
        Assert.Equal("会议记录。附件：代表建议原文主席团2026年3月2日—2—", pages[1]);
    }
}
