using Township.Congress.Reports.Documents.Sessions;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class SessionMinutesDocumentTests
{
    private static readonly Lazy<byte[]> Small = new(() => SessionMinutesDocument.Render(MinutesSampleData.Session(), TestFonts.Default));

    private static readonly Lazy<byte[]> Large = new(() => SessionMinutesDocument.Render(MinutesSampleData.Session(160, 10, 2), TestFonts.Default));

    [Fact]
    public void Has_the_title_and_the_sections_in_order()
    {
        var text = PdfText.BodyCompact(Small.Value);

        Assert.StartsWith("城关镇第十三届人民代表大会第三次会议纪要", text, StringComparison.Ordinal);
        var headings = new[] { "一、会议基本情况", "二、会议议程", "三、表决情况", "四、选举结果", "五、审议意见", "六、会议决定" };
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Prints_attendance_with_names_and_reasons_of_absentees()
    {
        var model = MinutesSampleData.Session();
        var text = PdfText.BodyCompact(Small.Value);

        Assert.Contains("现有代表48名，出席会议45名，请假2名，缺席1名。", text, StringComparison.Ordinal);
        Assert.Contains("（32名）以上，符合法定人数", text, StringComparison.Ordinal);
        Assert.All(model.Attendance.OnLeaveList, n => Assert.Contains($"{n.Name}（{n.Reason}）", text, StringComparison.Ordinal));
        Assert.All(model.Attendance.AbsentNames, n => Assert.Contains(n, text, StringComparison.Ordinal));
        Assert.Contains("列席人员：镇人民政府领导班子成员", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_vote_numbers_in_their_table_row()
    {
        var text = PdfText.BodyCompact(Small.Value);

        Assert.Contains("议题赞成反对弃权未投票结果", text, StringComparison.Ordinal);
        // Title, for, against, abstain, not voting, result: read back cell after cell.
        Assert.Contains("关于城关镇人民政府工作报告的决议42210通过", text, StringComparison.Ordinal);
        Assert.Contains("表决依据：以全体代表的过半数通过。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_quoted_figures_45_2_1()
    {
        var model = MinutesSampleData.Session() with { Votes = [new MinutesVote("关于民生实事项目的决定", 45, 2, 1, 0, true, "以全体代表的过半数通过")] };
        var pdf = SessionMinutesDocument.Render(model, TestFonts.Default);
        var words = WordsOf(pdf);

        Assert.Contains("关于民生实事项目的决定45210通过", PdfText.BodyCompact(pdf), StringComparison.Ordinal);
        Assert.Contains("45", words);
        Assert.Contains("2", words);
        Assert.Contains("1", words);
    }

    [Fact]
    public void Different_bases_are_printed_in_each_result_cell()
    {
        var model = MinutesSampleData.Session() with
        {
            Votes =
            [
                new MinutesVote("关于甲的决议", 30, 10, 5, 0, true, "以全体代表的过半数通过"),
                new MinutesVote("关于乙的决议", 20, 20, 5, 0, false, "未获全体代表的过半数赞成"),
            ],
        };
        var text = PdfText.BodyCompact(SessionMinutesDocument.Render(model, TestFonts.Default));

        Assert.Contains("会议共表决2项，通过1项，未通过1项。", text, StringComparison.Ordinal);
        Assert.Contains("未通过（未获全体代表的过半数赞成）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("表决依据", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_election_results_with_the_office_once()
    {
        var text = PdfText.BodyCompact(Small.Value);

        Assert.Contains("职务候选人得票结果", text, StringComparison.Ordinal);
        Assert.Contains("镇人民代表大会副主席（应选1名）李秀英35当选", text, StringComparison.Ordinal);
        Assert.Contains("欧阳春梅9未当选", text, StringComparison.Ordinal);
        Assert.Contains("经选举，王建国当选为镇人民代表大会主席；李秀英当选为镇人民代表大会副主席。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_opinions_under_their_agenda_item_and_numbers_decisions()
    {
        var text = PdfText.BodyCompact(Small.Value);

        Assert.Contains("（一）政府工作报告", text, StringComparison.Ordinal);
        Assert.Contains("（二）财政预算报告", text, StringComparison.Ordinal);
        Assert.DoesNotContain("（三）", text, StringComparison.Ordinal);
        Assert.Contains("1．批准城关镇人民政府工作报告。", text, StringComparison.Ordinal);
        Assert.Contains("3．确定2026年城关镇民生实事项目10项", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sections_are_left_out_and_the_numbering_closes_up()
    {
        var model = MinutesSampleData.Session() with { Agenda = [], Elections = [], Opinions = [] };
        var text = PdfText.BodyCompact(SessionMinutesDocument.Render(model, TestFonts.Default));

        Assert.Contains("一、会议基本情况", text, StringComparison.Ordinal);
        Assert.Contains("二、表决情况", text, StringComparison.Ordinal);
        Assert.Contains("三、会议决定", text, StringComparison.Ordinal);
        Assert.DoesNotContain("四、", text, StringComparison.Ordinal);
        Assert.DoesNotContain("选举结果", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_quorum_is_said_plainly()
    {
        var model = MinutesSampleData.Session(48, 12, 6);
        var text = PdfText.BodyCompact(SessionMinutesDocument.Render(model, TestFonts.Default));

        Assert.Contains("出席代表不足全体代表的三分之二（32名），不符合法定人数。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_with_the_signature_and_date()
    {
        var pages = PdfText.PagesCompact(Small.Value);

        var number = $"—{pages.Count}—";

        // The page number is drawn when the page is finished, so the signature is the last text before it.
        Assert.EndsWith(number, pages[^1], StringComparison.Ordinal);
        Assert.EndsWith("城关镇人民代表大会主席团2026年3月9日", pages[^1][..^number.Length], StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_numbered()
    {
        var pages = PdfText.Pages(Large.Value);

        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"— {i + 1} —", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_session_of_160_with_10_on_leave_lists_every_absentee_and_stays_in_the_type_area()
    {
        var model = MinutesSampleData.Session(160, 10, 2);
        var text = PdfText.BodyCompact(Large.Value);

        Assert.Contains("现有代表160名，出席会议148名，请假10名，缺席2名。", text, StringComparison.Ordinal);
        Assert.Contains("请假代表（10名）", text, StringComparison.Ordinal);
        Assert.All(model.Attendance.OnLeaveList, n => Assert.Contains(n.ToString(), text, StringComparison.Ordinal));
        Assert.All(model.Attendance.AbsentNames, n => Assert.Contains(n, text, StringComparison.Ordinal));
        AssertInsidePortraitTypeArea(Large.Value);
    }

    internal static void AssertInsidePortraitTypeArea(byte[] pdf)
    {
        const double mm = 72 / 25.4;
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(210 * mm, page.Width, 0.5);
            Assert.Equal(297 * mm, page.Height, 0.5);
            // Page numbers sit below the type area by design; everything else must be within it.
            var body = page.Letters.Where(l => l.StartBaseLine.Y > 35 * mm).ToList();
            Assert.All(body, l => Assert.InRange(l.BoundingBox.Left, (28 * mm) - 0.5, page.Width - (26 * mm) + 0.5));
            Assert.All(body, l => Assert.InRange(l.BoundingBox.Right, (28 * mm) - 0.5, page.Width - (26 * mm) + 0.5));
            Assert.All(body, l => Assert.True(l.BoundingBox.Top <= page.Height - (37 * mm) + 0.5, $"'{l.Value}' above the type area"));
        }
    }

    private static HashSet<string> WordsOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Lists_the_suggestions_handed_in_during_the_session_before_the_decisions()
    {
        var model = MinutesSampleData.Session() with
        {
            Suggestions =
            [
                new MinutesSuggestion("2026-001", "建议", "关于硬化新民村通组道路的建议", "张建国", 3),
                new MinutesSuggestion("2026-002", "议案", "关于加强农村饮水安全的议案", "李秀英", 6),
                new MinutesSuggestion("2026-003", "建议", "关于增设红星村垃圾收集点的建议", "王德明", 1),
            ],
        };
        var text = PdfText.BodyCompact(SessionMinutesDocument.Render(model, TestFonts.Default));

        Assert.Contains("会议期间，代表共提出建议2件、议案1件，会后交有关单位办理：", text, StringComparison.Ordinal);
        Assert.Contains("1．关于硬化新民村通组道路的建议（张建国等3名代表，2026-001）", text, StringComparison.Ordinal);
        Assert.Contains("3．关于增设红星村垃圾收集点的建议（王德明代表，2026-003）", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("六、代表议案建议", StringComparison.Ordinal) < text.IndexOf("七、会议决定", StringComparison.Ordinal));
        Assert.DoesNotContain("代表议案建议", PdfText.BodyCompact(Small.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_project_vote_with_each_projects_counts_and_whether_it_was_chosen()
    {
        var model = MinutesSampleData.Session() with { Projects = MinutesSampleData.ProjectVote() };
        var pdf = SessionMinutesDocument.Render(model, TestFonts.Default);
        var text = PdfText.BodyCompact(pdf);

        Assert.Contains("五、民生实事项目票决结果", text, StringComparison.Ordinal);
        Assert.Contains("会议对14个民生实事候选项目进行了票决（应选10项），10个项目入选。", text, StringComparison.Ordinal);
        Assert.Contains("序号候选项目赞成反对弃权结果", text, StringComparison.Ordinal);
        // Number, project, for, against, abstain, result: read back cell after cell.
        Assert.Contains("1东关村至西河村道路硬化工程（全长3.2公里）4410入选", text, StringComparison.Ordinal);
        Assert.Contains("11镇区公共停车场建设30105未入选", text, StringComparison.Ordinal);
        Assert.Contains("14全镇主干道交通安全设施完善7205未入选", text, StringComparison.Ordinal);
        Assert.Contains("票决规则：赞成票超过全体代表48人的半数（25票）且按赞成票多少排在前10位的项目入选。", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("四、选举结果", StringComparison.Ordinal) < text.IndexOf("五、民生实事项目票决结果", StringComparison.Ordinal));
        Assert.True(text.IndexOf("五、民生实事项目票决结果", StringComparison.Ordinal) < text.IndexOf("六、审议意见", StringComparison.Ordinal));
        Assert.DoesNotContain("民生实事项目票决结果", PdfText.BodyCompact(Small.Value), StringComparison.Ordinal);
        AssertInsidePortraitTypeArea(pdf);
    }
}
