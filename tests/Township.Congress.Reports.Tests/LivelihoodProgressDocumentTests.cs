using Township.Congress.Reports.Documents.LivelihoodProjects;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public class LivelihoodProgressDocumentTests
{
    private static (string Text, PdfDocument Document) Read(byte[] pdf)
    {
        var document = PdfDocument.Open(pdf);
        return (string.Concat(document.GetPages().Select(p => p.Text)), document);
    }

    [Fact]
    public void TheProgressTableNamesEveryProjectWithItsFactsMilestonesProgressAndVote()
    {
        var (text, document) = Read(LivelihoodProgressDocument.Render(LivelihoodSampleData.Progress(), TestFonts.Default));
        using (document)
        {
            Assert.Contains("城关镇2026年度民生实事项目完成情况", text);
            Assert.Contains("统计截至2026年11月20日", text);
            Assert.Contains("县交通运输局", text);
            Assert.Contains("150.5", text);
            Assert.Contains("欧阳明月", text);
            Assert.Contains("3月31日／3月28日", text);
            Assert.Contains("【逾期】", text);
            Assert.Contains("【逾期】", text);
            Assert.Contains("（42／5／1）", text);
            Assert.Contains("未制定实施节点", text);
            Assert.Contains("城关镇人民代表大会主席团", text);
        }
    }

    [Fact]
    public void TheTableIsSetOnALandscapePage()
    {
        using var document = PdfDocument.Open(LivelihoodProgressDocument.Render(LivelihoodSampleData.Progress(), TestFonts.Default));
        var page = document.GetPage(1);
        Assert.True(page.Width > page.Height, $"{page.Width}×{page.Height}");
    }
}
