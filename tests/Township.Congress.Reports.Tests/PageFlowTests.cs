using Township.Congress.Reports.Documents.Presidium;
using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Documents.Suggestions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>What holds for the pages of every document: no blank page, no page with only a signature.</summary>
public sealed class PageFlowTests
{
    [Theory, MemberData(nameof(DocumentKinds.Names), MemberType = typeof(DocumentKinds))]
    public void No_page_is_blank(string kind)
    {
        var pages = PdfText.PagesCompact(DocumentKinds.Render(kind));

        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.False(p.text.Length == 0, $"{kind}: page {p.i + 1} is blank"));
    }

    [Theory, MemberData(nameof(DocumentKinds.Names), MemberType = typeof(DocumentKinds))]
    public void No_page_holds_only_a_signature(string kind) => AssertNoLoneSignature(kind, DocumentKinds.Render(kind));

    /// <summary>Letters whose body grows by one sentence at a time, so the signature meets every place on the page.</summary>
    [Fact]
    public void A_letter_of_any_length_keeps_its_signature_with_its_text()
    {
        for (var n = 0; n <= 30; n++)
        {
            var remarks = string.Concat(Enumerable.Repeat("请各承办单位高度重视代表建议办理工作，", n)) + "确保按期答复";
            var letter = SuggestionSampleData.Letter() with { Remarks = n == 0 ? null : remarks };
            AssertNoLoneSignature($"letter with {n} remarks", AssignmentLetterDocument.Render(letter, TestFonts.Default));
            AssertNoLoneSignature($"co-unit letter with {n} remarks", AssignmentLetterDocument.Render(letter with { IsCoUnit = true, UnitName = "城关镇财政所", LeadUnitName = "城关镇农业农村办公室" }, TestFonts.Default));
        }
    }

    [Fact]
    public void Minutes_of_any_length_keep_their_signature_with_their_text()
    {
        for (var n = 0; n <= 24; n++)
        {
            var closing = Enumerable.Range(1, n).Select(i => $"第{i}项：会议要求各代表小组认真落实会议精神，加强联系群众。").Prepend("会议在圆满完成各项议程后闭幕。").ToList();
            AssertNoLoneSignature($"session minutes + {n}", SessionMinutesDocument.Render(MinutesSampleData.Session() with { Closing = closing }, TestFonts.Default));
            var meeting = PresidiumSampleData.Meeting();
            var decisions = meeting.Decisions.Concat(Enumerable.Range(1, n).Select(i => $"会议决定第{i}项工作由主席团成员分工负责落实")).ToList();
            AssertNoLoneSignature($"presidium minutes + {n}", PresidiumMinutesDocument.Render(meeting with { Decisions = decisions }, TestFonts.Default));
        }
    }

    /// <summary>
    /// Rollups of 1 to 15 townships, so the notes and the signature meet every place on the last table's page: the page that
    /// holds them always holds rows of the last table too (its 平均 row at least), never the notes and the signature alone.
    /// </summary>
    [Fact]
    public void A_rollup_of_any_length_keeps_its_signature_with_rows_of_its_last_table()
    {
        for (var n = 1; n <= 15; n++)
        {
            var pdf = Documents.Figures.CountyRollupDocument.Render(RollupSampleData.Rollup(n), TestFonts.Default);
            AssertNoLoneSignature($"rollup of {n}", pdf);
            var last = PdfText.PagesCompact(pdf)[^1];
            Assert.True(last.Contains("平均66.6", StringComparison.Ordinal) && last.Contains("说明：", StringComparison.Ordinal),
                $"rollup of {n}: the last page holds only {last}");
        }
    }

    private static void AssertNoLoneSignature(string name, byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var lines = PageLine.Of(page);
            Assert.False(
                lines.Count > 0 && lines.All(l => l.IsSignatureOrNote(page.Width)),
                $"{name}: page {page.Number} holds only {string.Join(" / ", lines.Select(l => l.Text))}");
        }
    }
}
