using Township.Congress.Reports.Documents.Suggestions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class ReplyFormDocumentTests
{
    private const double Mm = 72 / 25.4;

    private static readonly Lazy<byte[]> Form = new(() => ReplyFormDocument.Render(SuggestionSampleData.Form(), TestFonts.Default));

    [Fact]
    public void Prints_the_facts_of_the_item()
    {
        var text = PdfText.BodyCompact(Form.Value);

        Assert.StartsWith(
            "代表建议办理情况答复表建议编号2026-017领衔代表王建国标题关于修缮东关村至西河村道路的建议附议代表李秀英、欧阳春梅、阿依古丽·买买提"
            + "主办单位城关镇农业农村办公室协办单位城关镇财政所、城关镇应急管理办公室交办日期2026年3月2日答复期限2026年6月2日答复类别",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Has_boxes_for_the_answer_class_and_the_deputys_opinion_and_cells_to_sign()
    {
        var text = PdfText.BodyCompact(Form.Value);

        Assert.Contains("答复类别□A类（已解决或采纳）□B类（正在解决或列入计划）□C类（因条件限制暂时不能解决）办理情况承办人联系电话", text, StringComparison.Ordinal);
        Assert.Contains("单位负责人（签字）日期年　　月　　日代表意见", text, StringComparison.Ordinal);
        Assert.Contains("代表意见□满意　　□基本满意　　□不满意代表签字日期", text, StringComparison.Ordinal);
        Assert.Contains("说明：1．请于答复期限前将本表连同书面答复材料报送城关镇人民代表大会主席团。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fits_one_page_without_a_page_number_down_to_the_bottom_of_the_type_area()
    {
        var pages = PdfText.Pages(Form.Value);

        Assert.Single(pages);
        Assert.DoesNotContain("—", pages[0], StringComparison.Ordinal);
        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(Form.Value);
        PdfStreams.AssertEveryFlateStreamInflates(Form.Value);
        using var document = PdfDocument.Open(Form.Value);
        var page = document.GetPage(1);
        // The 说明 row ends the form at the bottom of the type area (35 mm above the paper's edge).
        var lowest = page.Letters.Min(l => l.BoundingBox.Bottom);
        Assert.InRange(lowest, 35 * Mm, 45 * Mm);
        // And the 办理情况 cell got the room: at least 50 mm between its neighbours' text.
        var answerClassC = page.Letters.First(l => l.Value == "C").StartBaseLine.Y;
        var handler = page.Letters.First(l => l.Value == "承").StartBaseLine.Y;
        Assert.True(answerClassC - handler > 50 * Mm, $"{(answerClassC - handler) / Mm:F0} mm");
    }

    [Fact]
    public void A_long_title_and_many_names_still_fit_one_page()
    {
        var model = SuggestionSampleData.CrowdedForm();
        var pdf = ReplyFormDocument.Render(model, TestFonts.Default);

        var pages = PdfText.PagesCompact(pdf);
        Assert.Single(pages);
        Assert.Contains(model.Title, pages[0], StringComparison.Ordinal);
        Assert.All(model.CoSigners, n => Assert.Contains(n, pages[0], StringComparison.Ordinal));
        Assert.All(model.CoUnitNames, n => Assert.Contains(n, pages[0], StringComparison.Ordinal));
        Assert.EndsWith("可另附页。", pages[0], StringComparison.Ordinal);
        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(pdf);
    }

    [Fact]
    public void Empty_lists_print_none_rather_than_a_blank_to_fill_in()
    {
        var text = PdfText.BodyCompact(ReplyFormDocument.Render(SuggestionSampleData.Form() with { CoSigners = [], CoUnitNames = [] }, TestFonts.Default));

        Assert.Contains("附议代表无主办单位", text, StringComparison.Ordinal);
        Assert.Contains("协办单位无交办日期", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_motion_gets_its_own_title()
    {
        var text = PdfText.BodyCompact(ReplyFormDocument.Render(SuggestionSampleData.Form() with { ItemKindName = "议案" }, TestFonts.Default));

        Assert.StartsWith("代表议案办理情况答复表议案编号2026-017", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_form_for_a_co_units_letter_is_the_lead_units()
    {
        var form = ReplyFormModel.For(SuggestionSampleData.CoUnitLetter());

        Assert.Equal("城关镇农业农村办公室", form.UnitName);
        Assert.Equal(["城关镇财政所", "城关镇应急管理办公室"], form.CoUnitNames);
        Assert.Equal("2026年6月2日", form.DeadlineText);
        Assert.Equal("建议", form.ItemKindName);
    }
}
