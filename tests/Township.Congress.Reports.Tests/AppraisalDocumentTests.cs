using Township.Congress.Reports.Documents.Appraisals;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public class AppraisalDocumentTests
{
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public void TheResultNoticeListsTheRankingTheRuleAndTheOrdersAndIsDatedThePublicationDay()
    {
        var text = Text(AppraisalResultDocument.Render(AppraisalSampleData.Result(), TestFonts.Default));
        Assert.Contains("关于2026年度站所工作评议结果的通报", text);
        Assert.Contains("测评结果", text);
        Assert.Contains("86.7%", text);
        Assert.Contains("综合满意率", text);
        Assert.Contains("超过投票人数50%", text);
        Assert.Contains("整改要求", text);
        Assert.Contains("2027年2月28日", text);
        Assert.Contains("2026年11月25日", text);
    }

    [Fact]
    public void TheBallotIsOneSheetWithARowPerSubjectAndTheRuleStated()
    {
        var pdf = AppraisalBallotDocument.Render(AppraisalSampleData.Ballot(), TestFonts.Default);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var text = Text(pdf);
        Assert.Contains("满意度测评表", text);
        Assert.Contains("刘志强（副镇长）", text);
        Assert.Contains("基本满意", text);
        Assert.Contains("超过投票人数50%", text);
    }
}
