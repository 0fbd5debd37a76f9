using Township.Congress.Reports.Documents.Suggestions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class AssignmentLetterDocumentTests
{
    private static readonly Lazy<byte[]> Lead = new(() => AssignmentLetterDocument.Render(SuggestionSampleData.Letter(), TestFonts.Default));

    private static readonly Lazy<byte[]> CoUnit = new(() => AssignmentLetterDocument.Render(SuggestionSampleData.CoUnitLetter(), TestFonts.Default));

    private static readonly Lazy<byte[]> Rehandling = new(() => AssignmentLetterDocument.Render(SuggestionSampleData.Rehandling(), TestFonts.Default));

    [Fact]
    public void Starts_with_the_number_the_title_and_the_addressee()
    {
        var text = PdfText.BodyCompact(Lead.Value);

        Assert.StartsWith("城关人大交〔2026〕17号城关镇人民代表大会主席团关于交办代表建议的函城关镇农业农村办公室：", text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(Lead.Value);
        Assert.Equal("城关镇人民代表大会主席团关于交办代表建议的函", document.Information.Title);
    }

    [Fact]
    public void Without_a_number_the_title_comes_first()
    {
        var text = PdfText.BodyCompact(AssignmentLetterDocument.Render(SuggestionSampleData.Letter() with { LetterNumber = "" }, TestFonts.Default));

        Assert.StartsWith("城关镇人民代表大会主席团关于交办代表建议的函城关镇农业农村办公室：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_the_lead_unit_to_handle_and_answer_by_the_deadline()
    {
        var text = PdfText.BodyCompact(Lead.Value);

        Assert.Contains("城关镇第十三届人民代表大会第三次会议期间，王建国等4名代表提出了《关于修缮东关村至西河村道路的建议》（编号：2026-017）。", text, StringComparison.Ordinal);
        Assert.Contains("现将该建议交由你单位主办（协办单位：城关镇财政所、城关镇应急管理办公室），请认真研究办理，", text, StringComparison.Ordinal);
        Assert.Contains("于2026年6月2日前书面答复代表，并将答复材料报送城关镇人民代表大会主席团。", text, StringComparison.Ordinal);
        Assert.Contains("答复代表前，应当就办理情况与代表沟通。", text, StringComparison.Ordinal);
        Assert.Contains("A类为所提问题已经解决或者采纳的；B类为所提问题正在解决或者已列入计划逐步解决的；C类为所提问题因条件限制", text, StringComparison.Ordinal);
        Assert.DoesNotContain("重新", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_item_in_a_table()
    {
        var text = PdfText.BodyCompact(Lead.Value);

        Assert.Contains(
            "该建议基本情况如下：编号2026-017类别农业农村标题关于修缮东关村至西河村道路的建议领衔代表王建国附议代表李秀英、欧阳春梅、阿依古丽·买买提"
            + "主办单位城关镇农业农村办公室协办单位城关镇财政所、城关镇应急管理办公室交办日期2026年3月2日办理期限2026年6月2日",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_the_attachment_signs_and_prints_the_text_on_a_page_of_its_own()
    {
        var pages = PdfText.PagesCompact(Lead.Value);
        var model = SuggestionSampleData.Letter();

        var signed = pages.FindIndex(p => p.Contains("附件：代表建议原文城关镇人民代表大会主席团2026年3月2日", StringComparison.Ordinal));
        Assert.True(signed >= 0, "附件说明 followed by the signature");
        Assert.StartsWith("附件代表建议原文《关于修缮东关村至西河村道路的建议》领衔代表：王建国附议代表：李秀英、欧阳春梅、阿依古丽·买买提东关村", pages[signed + 1], StringComparison.Ordinal);
        var attachment = string.Concat(pages.Skip(signed + 1));
        Assert.All(model.Text.Split('\n'), p => Assert.Contains(p, attachment, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_are_numbered_and_text_stays_in_the_type_area()
    {
        var pages = PdfText.Pages(Lead.Value);

        Assert.True(pages.Count >= 2);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"— {i + 1} —", pages[i], StringComparison.Ordinal);
        }

        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(Lead.Value);
        PdfStreams.AssertEveryFlateStreamInflates(Lead.Value);
    }

    [Fact]
    public void A_long_suggestion_flows_over_further_pages()
    {
        var model = SuggestionSampleData.LongText();
        var pdf = AssignmentLetterDocument.Render(model, TestFonts.Default);
        var pages = PdfText.Pages(pdf);
        var attachmentPage = PdfText.PagesCompact(pdf).FindIndex(p => p.StartsWith("附件代表建议原文", StringComparison.Ordinal));

        Assert.True(pages.Count >= attachmentPage + 3, $"{pages.Count} pages, attachment from page {attachmentPage + 1}");
        Assert.Contains("— 2 —", pages[1], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"— {i + 1} —", pages[i], StringComparison.Ordinal);
        }

        var text = PdfText.BodyCompact(pdf);
        Assert.All(model.Text.Split('\n'), p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.EndsWith("（12）" + SuggestionSampleData.Text.Replace("\n", string.Empty, StringComparison.Ordinal), text, StringComparison.Ordinal);
        SessionMinutesDocumentTests.AssertInsidePortraitTypeArea(pdf);
    }

    [Fact]
    public void Without_co_units_the_unit_simply_handles_the_item()
    {
        var text = PdfText.BodyCompact(AssignmentLetterDocument.Render(SuggestionSampleData.Letter() with { CoUnitNames = [] }, TestFonts.Default));

        Assert.Contains("现将该建议交由你单位办理，请认真研究办理，", text, StringComparison.Ordinal);
        Assert.Contains("协办单位无交办日期", text, StringComparison.Ordinal);
        Assert.DoesNotContain("主办（", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_co_unit_is_asked_to_help_the_lead_unit()
    {
        var text = PdfText.BodyCompact(CoUnit.Value);

        Assert.Contains("函城关镇财政所：", text, StringComparison.Ordinal);
        Assert.Contains("现将该建议交由城关镇农业农村办公室主办，你单位协办（其他协办单位：城关镇应急管理办公室）。", text, StringComparison.Ordinal);
        Assert.Contains("请你单位协助主办单位办理，并自收到本函之日起一个月内将协办意见书面送主办单位，同时抄送城关镇人民代表大会主席团。", text, StringComparison.Ordinal);
        Assert.Contains("主办单位应当于2026年6月2日前答复代表。", text, StringComparison.Ordinal);
        Assert.Contains("主办单位城关镇农业农村办公室协办单位城关镇财政所、城关镇应急管理办公室", text, StringComparison.Ordinal);
        Assert.DoesNotContain("交由你单位主办", text, StringComparison.Ordinal);
        Assert.DoesNotContain("答复时请标明办理结果类别", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_co_unit_deadline_is_used_when_given()
    {
        var model = SuggestionSampleData.CoUnitLetter() with { CoUnitDeadlineText = "2026年5月2日", CoUnitNames = ["城关镇财政所"] };
        var text = PdfText.BodyCompact(AssignmentLetterDocument.Render(model, TestFonts.Default));

        Assert.Contains("你单位协办。请你单位协助主办单位办理，并于2026年5月2日前将协办意见书面送主办单位", text, StringComparison.Ordinal);
        Assert.DoesNotContain("其他协办单位", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lead_units_own_letter_ignores_a_lead_unit_name()
    {
        var model = SuggestionSampleData.Letter() with { LeadUnitName = "城关镇财政所" };
        var text = PdfText.BodyCompact(AssignmentLetterDocument.Render(model, TestFonts.Default));

        Assert.Contains("主办单位城关镇农业农村办公室协办单位", text, StringComparison.Ordinal);
        Assert.Equal("城关镇农业农村办公室", ReplyFormModel.For(model).UnitName);
    }

    [Fact]
    public void A_co_unit_letter_needs_the_lead_unit()
    {
        var model = SuggestionSampleData.CoUnitLetter() with { LeadUnitName = null };

        Assert.Throws<ArgumentException>(() => AssignmentLetterDocument.Render(model, TestFonts.Default));
    }

    [Fact]
    public void A_rehandled_item_is_answered_again_within_one_month()
    {
        var text = PdfText.BodyCompact(Rehandling.Value);

        Assert.StartsWith("城关人大交〔2026〕31号城关镇人民代表大会主席团关于重新办理代表建议的函城关镇农业农村办公室：", text, StringComparison.Ordinal);
        Assert.Contains("王建国代表对《关于修缮东关村至西河村道路的建议》（编号：2026-017）的办理答复不满意。", text, StringComparison.Ordinal);
        Assert.Contains("现将该建议交由你单位重新主办（协办单位：城关镇财政所、城关镇应急管理办公室）。", text, StringComparison.Ordinal);
        Assert.Contains("于2026年8月6日前（自交办之日起一个月内）重新书面答复代表", text, StringComparison.Ordinal);
        Assert.Contains("请于2026年7月20日前将重新办理的工作方案报镇人大主席团。", text, StringComparison.Ordinal);
        Assert.Contains("交办日期2026年7月6日办理期限2026年8月6日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rehandled_item_to_a_co_unit_names_the_lead_unit()
    {
        var model = SuggestionSampleData.Rehandling() with { UnitName = "城关镇财政所", IsCoUnit = true, LeadUnitName = "城关镇农业农村办公室" };
        var text = PdfText.BodyCompact(AssignmentLetterDocument.Render(model, TestFonts.Default));

        Assert.Contains("现将该建议交由城关镇农业农村办公室重新主办，你单位协办（其他协办单位：城关镇应急管理办公室）。", text, StringComparison.Ordinal);
        Assert.Contains("并自收到本函之日起十五日内将协办意见书面送主办单位", text, StringComparison.Ordinal);
        Assert.Contains("主办单位应当于2026年8月6日前重新答复代表。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_of_item_names_title_and_attachment()
    {
        var model = SuggestionSampleData.Letter() with { ItemKindName = "议案", Title = "《关于设立城关镇农村公路养护基金的议案》", CoSigners = [] };
        var text = PdfText.BodyCompact(AssignmentLetterDocument.Render(model, TestFonts.Default));

        Assert.Contains("主席团关于交办代表议案的函", text, StringComparison.Ordinal);
        Assert.Contains("王建国代表提出了《关于设立城关镇农村公路养护基金的议案》（编号", text, StringComparison.Ordinal);
        Assert.Contains("附议代表无", text, StringComparison.Ordinal);
        Assert.Contains("附件：代表议案原文", text, StringComparison.Ordinal);
        Assert.DoesNotContain("《《", text, StringComparison.Ordinal);
        Assert.DoesNotContain("附议代表：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_indents_and_blank_lines_in_the_text_are_dropped()
    {
        var model = SuggestionSampleData.Letter() with { Text = "　　第一段。\r\n\r\n  第二段。\n" };
        var pdf = AssignmentLetterDocument.Render(model, TestFonts.Default);

        Assert.EndsWith("领衔代表：王建国附议代表：李秀英、欧阳春梅、阿依古丽·买买提第一段。第二段。", PdfText.BodyCompact(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(document.NumberOfPages).Letters;
        double BaselineOf(string c) => letters.First(l => l.Value == c).StartBaseLine.Y;
        // Consecutive grid lines: the blank line between them was not printed as an empty paragraph.
        Assert.Equal(Layout.PageSetup.LinePitch, BaselineOf("一") - BaselineOf("二"), 0.5);
    }
}
