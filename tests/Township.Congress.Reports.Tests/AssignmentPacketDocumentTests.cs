using Township.Congress.Reports.Documents.Suggestions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class AssignmentPacketDocumentTests
{
    private const string FormTitle = "代表建议办理情况答复表";

    [Fact]
    public void Printed_duplex_the_packet_is_the_letter_then_the_form_on_a_new_sheet()
    {
        var pdf = AssignmentPacketDocument.Render(SuggestionSampleData.Letter(), SuggestionSampleData.Form(), TestFonts.Default, formOnNewSheet: true);
        var pages = PdfText.PagesCompact(pdf);
        var form = pages.FindIndex(p => p.StartsWith(FormTitle, StringComparison.Ordinal));

        Assert.StartsWith("城关人大交〔2026〕17号城关镇人民代表大会主席团关于交办代表建议的函", pages[0], StringComparison.Ordinal);
        Assert.Equal(pages.Count - 1, form);
        // Page numbers run through the letter and its attachment; the form starts on an odd page
        // (the front of a sheet), the back of the last letter sheet left blank and unnumbered.
        Assert.Equal(0, form % 2);
        for (var i = 0; i < form; i++)
        {
            Assert.True(pages[i].EndsWith($"—{i + 1}—", StringComparison.Ordinal) || pages[i].Length == 0, $"page {i + 1}: {pages[i]}");
        }

        Assert.Equal(string.Empty, pages[form - 1]);
        Assert.DoesNotContain("—", pages[form], StringComparison.Ordinal);
        Assert.Contains("□A类（已解决或采纳）", pages[form], StringComparison.Ordinal);
        Assert.EndsWith("可另附页。", pages[form], StringComparison.Ordinal);
        PdfStreams.AssertEveryFlateStreamInflates(pdf);
        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(pdf);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("城关镇人民代表大会主席团关于交办代表建议的函", document.Information.Title);
    }

    [Fact]
    public void A_long_text_runs_on_with_numbered_pages_and_the_form_still_takes_one_page()
    {
        var pdf = AssignmentPacketDocument.Render(SuggestionSampleData.LongText(), SuggestionSampleData.Form(), TestFonts.Default, formOnNewSheet: true);
        var pages = PdfText.Pages(pdf);
        var form = pages.FindIndex(p => p.StartsWith(FormTitle, StringComparison.Ordinal));

        Assert.True(form >= 4, $"form on page {form + 1}");
        Assert.Contains("— 2 —", pages[1], StringComparison.Ordinal);
        Assert.Contains("— 4 —", pages[3], StringComparison.Ordinal);
        Assert.Equal(pages.Count - 1, form);
        Assert.Equal(0, form % 2);
        Assert.Contains("说明：", pages[form], StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_the_form_follows_on_the_next_page_without_a_blank_page()
    {
        var pdf = AssignmentPacketDocument.Render(SuggestionSampleData.Letter(), SuggestionSampleData.Form(), TestFonts.Default);
        var pages = PdfText.PagesCompact(pdf);

        Assert.DoesNotContain(string.Empty, pages);
        Assert.StartsWith(FormTitle, pages[^1], StringComparison.Ordinal);
        Assert.EndsWith($"—{pages.Count - 1}—", pages[^2], StringComparison.Ordinal);
        Assert.DoesNotContain("—", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_co_units_packet_carries_the_co_unit_wording_and_the_lead_units_form()
    {
        var letter = SuggestionSampleData.CoUnitLetter();
        var text = PdfText.BodyCompact(AssignmentPacketDocument.Render(letter, ReplyFormModel.For(letter), TestFonts.Default));

        Assert.Contains("函城关镇财政所：", text, StringComparison.Ordinal);
        Assert.Contains("你单位协办（其他协办单位：城关镇应急管理办公室）", text, StringComparison.Ordinal);
        Assert.Contains("主办单位城关镇农业农村办公室协办单位城关镇财政所、城关镇应急管理办公室交办日期2026年3月2日答复期限", text, StringComparison.Ordinal);
    }
}
