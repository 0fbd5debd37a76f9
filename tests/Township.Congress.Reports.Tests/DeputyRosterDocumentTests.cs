using Township.Congress.Reports.Documents;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class DeputyRosterDocumentTests
{
    private static readonly Lazy<byte[]> Roster160 = new(() => DeputyRosterDocument.Render(RosterSampleData.Model(160), TestFonts.Default));

    [Fact]
    public void Every_chinese_name_extracts_exactly()
    {
        var text = string.Concat(PdfText.PagesCompact(Roster160.Value));

        var missing = RosterSampleData.Names(160).Where(name => !text.Contains(name, StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Has_title_count_groups_and_ungrouped_section()
    {
        var text = string.Concat(PdfText.PagesCompact(Roster160.Value));

        Assert.Contains("城关镇第十三届人民代表大会代表名册", text, StringComparison.Ordinal);
        Assert.Contains("共160名代表", text, StringComparison.Ordinal);
        Assert.Contains("打印日期：2026年11月26日", text, StringComparison.Ordinal);
        Assert.Contains("第一代表小组（18人）", text, StringComparison.Ordinal);
        Assert.Contains("未编组（4人）", text, StringComparison.Ordinal);
        Assert.Contains("160", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_numbered_in_the_official_style()
    {
        var pages = PdfText.Pages(Roster160.Value);

        Assert.True(pages.Count >= 2);
        Assert.Contains("— 1 —", pages[0], StringComparison.Ordinal);
        Assert.Contains("— 2 —", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Header_row_repeats_on_the_next_page()
    {
        var pages = PdfText.PagesCompact(Roster160.Value);

        Assert.All(pages, page =>
        {
            Assert.Contains("序号", page, StringComparison.Ordinal);
            Assert.Contains("工作单位及职务", page, StringComparison.Ordinal);
            Assert.Contains("联系电话", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Stays_small()
    {
        Assert.True(Roster160.Value.Length <= 1024 * 1024, $"{Roster160.Value.Length} bytes");
    }

    [Fact]
    public void Sets_document_information()
    {
        using var pdf = PdfDocument.Open(Roster160.Value);

        Assert.Equal("城关镇第十三届人民代表大会代表名册", pdf.Information.Title);
        Assert.Equal("Township Congress", pdf.Information.Creator);
    }

    [Fact]
    public void Odd_page_numbers_sit_right_and_even_ones_left()
    {
        using var pdf = PdfDocument.Open(Roster160.Value);
        var pageWidth = pdf.GetPage(1).Width;

        double NumberX(int page) => pdf.GetPage(page).Letters
            .Where(l => l.Value == "—")
            .OrderBy(l => l.StartBaseLine.Y)
            .First().StartBaseLine.X;

        Assert.True(NumberX(1) > pageWidth / 2);
        Assert.True(NumberX(2) < pageWidth / 2);
    }

    [Fact]
    public void Is_printed_on_landscape_a4_and_text_stays_inside_the_type_area()
    {
        using var pdf = PdfDocument.Open(Roster160.Value);
        const double mm = 72 / 25.4;
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(297 * mm, page.Width, 0.5);
            Assert.Equal(210 * mm, page.Height, 0.5);
            // Page numbers sit below the type area by design; everything else must be within it.
            var body = page.Letters.Where(l => l.StartBaseLine.Y > 25 * mm).ToList();
            Assert.NotEmpty(body);
            Assert.All(body, l => Assert.InRange(l.BoundingBox.Left, (28 * mm) - 0.5, page.Width - (26 * mm) + 0.5));
            Assert.All(body, l => Assert.InRange(l.BoundingBox.Right, (28 * mm) - 0.5, page.Width - (26 * mm) + 0.5));
            Assert.All(body, l => Assert.True(l.BoundingBox.Top <= page.Height - (25 * mm) + 0.5, $"'{l.Value}' above the type area"));
        }
    }

    [Theory]
    [InlineData("13901001233")]
    [InlineData("138****1000")]
    [InlineData("1969年10月")]
    [InlineData("专业技术人员")]
    [InlineData("乡、县、市")]
    [InlineData("大学本科")]
    [InlineData("维吾尔族")]
    [InlineData("已终止")]
    public void Short_cells_stay_on_one_line(string cell)
    {
        using var pdf = PdfDocument.Open(Roster160.Value);
        var occurrences = 0;
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters;
            for (var i = 0; i + cell.Length <= letters.Count; i++)
            {
                if (string.Concat(letters.Skip(i).Take(cell.Length).Select(l => l.Value)) != cell)
                {
                    continue;
                }

                occurrences++;
                var baselines = letters.Skip(i).Take(cell.Length).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct();
                Assert.Single(baselines);
            }
        }

        Assert.True(occurrences > 0, $"'{cell}' not found");
    }

    [Fact]
    public void A_row_is_never_split_across_pages()
    {
        var model = RosterSampleData.Model(160);
        var pages = PdfText.PagesCompact(Roster160.Value);

        foreach (var row in model.Groups.SelectMany(g => g.Rows))
        {
            var namePage = pages.FindIndex(p => p.Contains(row.Name, StringComparison.Ordinal));
            var phonePage = pages.FindIndex(p => p.Contains(row.Name + row.Gender + row.Ethnicity, StringComparison.Ordinal) && p.Contains(row.Phone, StringComparison.Ordinal));
            Assert.Equal(namePage, phonePage);
        }
    }

    [Fact]
    public void Empty_roster_still_renders_one_page()
    {
        var pdf = DeputyRosterDocument.Render(new RosterPrintModel("城关镇", "第十三届", "2026年11月26日", []), TestFonts.Default);

        var pages = PdfText.PagesCompact(pdf);
        Assert.Single(pages);
        Assert.Contains("共0名代表", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Roster_states_its_as_of_date_and_composition()
    {
        var model = RosterSampleData.Model() with
        {
            AsOf = "2026年12月1日",
            Composition = ["截至2026年12月1日，在任代表160名。其中女性代表80名，占50.0%；少数民族代表3名，占1.9%；中共党员80名，占50.0%。"],
        };

        var text = PdfText.BodyCompact(DeputyRosterDocument.Render(model, TestFonts.Default));

        Assert.Contains("截至2026年12月1日", text, StringComparison.Ordinal);
        Assert.Contains("女性代表80名，占50.0%", text, StringComparison.Ordinal);
        Assert.Contains("中共党员80名，占50.0%", text, StringComparison.Ordinal);
    }
}
