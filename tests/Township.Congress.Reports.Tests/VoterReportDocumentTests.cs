using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.VoterReports;

namespace Township.Congress.Reports.Tests;

/// <summary>The 述职 kit: notice, rating form and result sheet, read back as text.</summary>
public sealed class VoterReportDocumentTests
{
    public static VoterReportPrintModel Report(int audience = 62) => new("城关镇", "城关镇人民代表大会主席团", "李秀英", "第三选区", "新民村村民委员会会议室",
        "2026年6月12日", audience, new VoterRatingPrint(false, 55, 6, 1, 88.7m, 9.7m, 1.6m, null, "称职",
            "称职票达到有效票80%的为称职；称职与基本称职票合计达到50%的为基本称职；其余为不称职", new DocumentSignature("城关镇人民代表大会主席团", "2026年6月12日")));

    [Fact]
    public void TheNoticeNamesWhoReportsWhenWhereAndToWhom()
    {
        var text = PdfText.BodyCompact(VoterReportNoticeDocument.Render(Report(), TestFonts.Default));
        Assert.Contains("关于李秀英代表", text);
        Assert.Contains("第三选区全体选民：", text);
        Assert.Contains("定于2026年6月12日在新民村村民委员会会议室召开代表述职会议", text);
        Assert.Contains("城关镇人民代表大会主席团", text);
    }

    [Fact]
    public void TheRatingFormHasARowPerVoterForAtLeastFiftyAndRepeatsItsHeader()
    {
        var pages = PdfText.PagesCompact(VoterRatingFormDocument.Render(Report(audience: 12), TestFonts.Default));
        var all = string.Concat(pages);
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("序号称职基本称职不称职", p));
        Assert.Contains("50合计", all);
        Assert.Contains("述职测评表", all);
        var larger = string.Concat(PdfText.PagesCompact(VoterRatingFormDocument.Render(Report(audience: 80), TestFonts.Default)));
        Assert.Contains("80合计", larger);
    }

    [Fact]
    public void TheRatingFormIsAnonymousAndAsksNoVotersName()
    {
        var all = string.Concat(PdfText.PagesCompact(VoterRatingFormDocument.Render(Report(audience: 12), TestFonts.Default)));
        Assert.DoesNotContain("姓名", all);
        Assert.Contains("无记名", all);
    }

    [Fact]
    public void TheResultSheetGivesCountsSharesTheResultAndTheDateOfTheRating()
    {
        var text = PdfText.BodyCompact(VoterReportResultDocument.Render(Report(), TestFonts.Default));
        Assert.Contains("收回有效测评票62张", text);
        Assert.Contains("称职5588.7%", text);
        Assert.Contains("测评结果：称职。", text);
        Assert.Contains("2026年6月12日", text);
        Assert.Contains("城关镇人民代表大会主席团", text);
    }
}
