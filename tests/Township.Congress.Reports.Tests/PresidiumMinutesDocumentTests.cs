using Township.Congress.Reports.Documents.Presidium;

namespace Township.Congress.Reports.Tests;

public sealed class PresidiumMinutesDocumentTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => PresidiumMinutesDocument.Render(PresidiumSampleData.Meeting(), TestFonts.Default));

    [Fact]
    public void Has_title_basics_and_absentees_with_reasons()
    {
        var text = PdfText.BodyCompact(Pdf.Value);

        Assert.StartsWith("城关镇人大主席团2026年第一次会议纪要", text, StringComparison.Ordinal);
        Assert.Contains("会议时间：2026年1月15日上午9时。", text, StringComparison.Ordinal);
        Assert.Contains("主持人：镇人大主席王建国。", text, StringComparison.Ordinal);
        Assert.Contains("出席人员（5名）：王建国、李秀英、张志强、刘海燕、陈德华。", text, StringComparison.Ordinal);
        Assert.Contains("缺席人员（2名）：欧阳春梅（因公出差）、司马晓东（因病请假）。", text, StringComparison.Ordinal);
        Assert.Contains("记录人：陈德华。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_topics_and_decisions()
    {
        var text = PdfText.BodyCompact(Pdf.Value);

        Assert.Contains("二、会议议题1．研究城关镇第十三届人民代表大会第三次会议筹备工作。2．听取", text, StringComparison.Ordinal);
        Assert.Contains("三、议定事项一是会议定于", text, StringComparison.Ordinal);
        Assert.Contains("二是对办理结果不满意的3件建议", text, StringComparison.Ordinal);
        Assert.Contains("三是原则通过2026年代表活动计划", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_decision_numbering_on_request()
    {
        var model = PresidiumSampleData.Meeting() with { DecisionNumbering = DecisionNumbering.Arabic };
        var text = PdfText.BodyCompact(PresidiumMinutesDocument.Render(model, TestFonts.Default));

        Assert.Contains("三、议定事项1．会议定于", text, StringComparison.Ordinal);
        Assert.DoesNotContain("一是", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_follow_ups_in_a_table_and_signs()
    {
        var pages = PdfText.PagesCompact(Pdf.Value);
        var text = PdfText.BodyCompact(Pdf.Value);

        Assert.Contains("四、落实事项序号事项责任人完成时限状态", text, StringComparison.Ordinal);
        Assert.Contains("1起草大会主席团工作报告李秀英2026年2月28日前推进中", text, StringComparison.Ordinal);
        Assert.EndsWith("城关镇人大主席团2026年1月15日", text, StringComparison.Ordinal);
        Assert.Contains("— 1 —", PdfText.Pages(Pdf.Value)[0], StringComparison.Ordinal);
        Assert.NotEmpty(pages);
        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(Pdf.Value);
    }

    [Fact]
    public void Without_follow_ups_the_section_is_left_out()
    {
        var model = PresidiumSampleData.Meeting() with { FollowUps = [], Topics = [] };
        var text = PdfText.BodyCompact(PresidiumMinutesDocument.Render(model, TestFonts.Default));

        Assert.Contains("二、议定事项", text, StringComparison.Ordinal);
        Assert.DoesNotContain("三、", text, StringComparison.Ordinal);
        Assert.DoesNotContain("落实事项", text, StringComparison.Ordinal);
    }
}
