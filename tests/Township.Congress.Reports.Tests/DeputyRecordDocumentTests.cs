using System.Globalization;
using Township.Congress.Reports.Documents.DeputyRecords;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>The 履职档案 (one deputy, and the township batch) and the 亮分表, read back with PdfPig.</summary>
public sealed class DeputyRecordDocumentTests
{
    [Fact]
    public void The_record_prints_every_section_the_points_lines_and_the_as_of_date()
    {
        var text = PdfText.BodyCompact(DeputyRecordDocument.Render(DeputyRecordSampleData.Record("欧阳春梅", index: 5), TestFonts.Default));

        Assert.Contains("欧阳春梅代表2026年度履职档案", text);
        Assert.Contains("城关镇人民代表大会代表　截至2026年11月30日", text);
        foreach (var heading in new[] { "一、基本情况", "二、出席会议情况", "三、参加闭会期间活动情况", "四、提出议案和建议情况", "五、联系选民情况", "六、履职天数", "七、申报履职事项", "八、需要关注的事项", "九、履职积分" })
        {
            Assert.Contains(heading, text);
        }

        Assert.Contains("任职期间召开人民代表大会会议2次，出席1次，请假0次，缺席1次。", text);
        Assert.Contains("领衔提出议案、建议1件，附议2件。", text);
        Assert.Contains("联系选民13人次，参加代表接待日2天，记录联系选民3次。", text);
        Assert.Contains("本期间未向选民述职。", text);
        Assert.Contains("履职天数9天（每年不少于10天）", text);
        Assert.Contains("1．履职天数不足（全年履职天数少于10天，本年度9天）。", text);
        Assert.Contains("参加视察、调研等活动8+216全年上限20分", text);
        Assert.Contains("会议缺席（未请假）1-3-3", text);
        Assert.Contains("积分合计78分，等次为“良好”，在本乡镇代表中排名第6名（共160名）。", text);
        Assert.EndsWith("城关镇人大主席团2026年11月30日", text);
        // The date of the act, never the print date.
        Assert.DoesNotContain(DateTime.Today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), text);
    }

    [Fact]
    public void A_record_without_items_says_so_and_names_the_flag_with_its_rule()
    {
        var quiet = DeputyRecordSampleData.Record("李明", index: 0, activities: 0) with
        {
            Suggestions = new RecordSuggestions(0, 0, []),
            Flags = [new RecordFlag("未提出建议或发表意见", "全年未领衔或附议建议，活动中未发表意见")],
        };
        var text = PdfText.BodyCompact(DeputyRecordDocument.Render(quiet, TestFonts.Default));

        Assert.Contains("本期间未参加闭会期间活动。", text);
        Assert.Contains("本期间未领衔或附议议案、建议。", text);
        Assert.Contains("向选民述职1次：序号日期述职测评结果12026年6月18日向东关村选民述职称职（称职票86.7%）", text);
        Assert.Contains("1．未提出建议或发表意见（全年未领衔或附议建议，活动中未发表意见）。", text);
    }

    [Fact]
    public void A_long_table_repeats_its_section_heading_with_continued_and_its_header()
    {
        var pdf = DeputyRecordDocument.Render(DeputyRecordSampleData.Record("王建国", activities: 40), TestFonts.Default);
        var pages = PdfText.PagesCompact(pdf);

        var continued = pages.Skip(1).Where(p => p.StartsWith("三、参加闭会期间活动情况（续）序号日期活动类别出席情况", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continued);
        Assert.All(pages.SkipWhile(p => !p.Contains("三、参加闭会期间活动情况", StringComparison.Ordinal)).TakeWhile(p => !p.Contains("四、", StringComparison.Ordinal)),
            page => Assert.Contains("序号日期活动类别出席情况", page));
    }

    [Fact]
    public void The_township_batch_starts_each_deputy_on_a_new_page_numbered_from_one()
    {
        var names = RosterSampleData.Names(6);
        var pdf = DeputyRecordDocument.RenderBatch(DeputyRecordSampleData.Batch(names), TestFonts.Default);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();

        var firstLines = pages.Select(p => PageLine.Of(p)[0].Text).ToList();
        var starts = firstLines.Select((line, i) => (line, i)).Where(l => l.line.EndsWith("代表2026年度履职档案", StringComparison.Ordinal)).ToList();
        Assert.Equal(names.Select(n => $"{n}代表2026年度履职档案"), starts.Select(s => s.line));
        Assert.Equal(0, starts[0].i);
        // Each record ends before the next begins: its signature is on the page before the next title.
        var compact = PdfText.PagesCompact(pdf);
        Assert.All(starts.Skip(1), s => Assert.Contains("城关镇人大主席团2026年11月30日", compact[s.i - 1]));
        Assert.All(starts, s => Assert.EndsWith("—1—", compact[s.i]));
        Assert.True(pages.Count >= names.Count * 2, $"{pages.Count} pages for {names.Count} deputies");
        Assert.Equal("城关镇人大代表2026年度履职档案", document.Information.Title);
    }

    [Fact]
    public void The_points_table_lists_every_deputy_in_rank_order_with_the_header_on_every_page()
    {
        var names = RosterSampleData.Names(160);
        var pdf = PointsTableDocument.Render(DeputyRecordSampleData.PointsTable(names), TestFonts.Default);
        var pages = PdfText.PagesCompact(pdf);
        var text = PdfText.BodyCompact(pdf);

        Assert.StartsWith("城关镇人大代表2026年第三季度履职积分亮分表截至2026年9月30日　共160名代表", pages[0]);
        Assert.True(pages.Count > 3);
        Assert.All(pages.Where(p => p.Contains("代表小组", StringComparison.Ordinal)), p => Assert.Contains("名次姓名代表小组基础分领衔建议附议建议视察调研接待选民向选民述职申报事项会议缺席总分等次", p));
        Assert.Contains("1阿依古丽·买买提第一代表小组60000052095优秀", text);
        var positions = names.Select(n => text.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("说明：1．基础分60分", text);
        Assert.EndsWith("城关镇人大主席团2026年9月30日", text);
    }
}
