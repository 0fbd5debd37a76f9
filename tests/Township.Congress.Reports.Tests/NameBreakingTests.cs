using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>A name is never broken over two lines (戴永/福); lists of names wrap at their separators.</summary>
public sealed class NameBreakingTests
{
    private static readonly string[] Names = ["戴永福", "欧阳春梅", "阿依古丽·买买提", "司马晓东", "李秀英", "张志强"];

    [Fact]
    public void The_breaker_keeps_a_joined_name_whole_and_breaks_the_list_at_its_separators()
    {
        var breaker = new ChineseLineBreaker(text => text.Length * 10.0);
        var lines = breaker.Break(NameText.KeepNamesWhole(string.Join("、", Names)), 75);

        Assert.All(lines, line => Assert.DoesNotContain(NameText.Joiner, line, StringComparison.Ordinal));
        Assert.Equal(string.Join("、", Names), string.Concat(lines));
        foreach (var name in Names)
        {
            Assert.Contains(lines, line => line.Contains(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void In_a_narrow_table_cell_every_name_stays_on_one_line()
    {
        // A name column narrower than three characters of 小四: 戴永福 used to print as 戴永/福.
        string[] names = ["戴永福", "欧阳春梅", "司马晓东", "李秀英"];
        var pdf = new OfficialDocument(TestFonts.Default)
            .Table([new TableColumn("名", 40, Names: true), new TableColumn("备注", 402)], names.Select(n => (IReadOnlyList<string>)[n, string.Empty]))
            .Render();

        using var document = PdfDocument.Open(pdf);
        var lines = PageLine.Of(document.GetPage(1)).Select(l => l.Text).Where(t => t != "名备注").ToList();
        Assert.Equal(names, lines);
    }

    [Fact]
    public void A_list_of_names_wraps_only_at_its_separators()
    {
        var list = string.Join("、", Names);
        var pdf = new OfficialDocument(TestFonts.Default)
            .Table([new TableColumn("序号", 40), new TableColumn("附议代表", 130, Names: true), new TableColumn("备注", 272)], [["1", list, string.Empty]])
            .Render();

        using var document = PdfDocument.Open(pdf);
        var left = PageSetup.Gbt9704.LeftMargin + 40;
        var lines = PageLine.Of(document.GetPage(1))
            .Select(l => string.Concat(l.Letters.Where(x => x.StartBaseLine.X > left && x.StartBaseLine.X < left + 130).Select(x => x.Value)))
            .Where(t => t.Length > 0 && t != "附议代表")
            .ToList();

        Assert.True(lines.Count > 1, "the list wraps");
        Assert.Equal(list, string.Concat(lines));
        Assert.All(lines, t => Assert.Contains(Names, n => t.StartsWith(n, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_name_wider_than_its_cell_is_printed_smaller_on_one_line()
    {
        var pdf = new OfficialDocument(TestFonts.Default)
            .Table([new TableColumn("号", 0.3, Names: true), new TableColumn("说明", 5)], [["阿依古丽·买买提", "说明"]])
            .Render();

        using var document = PdfDocument.Open(pdf);
        var name = PdfText.Run(document.GetPage(1), "阿依古丽·买买提");
        Assert.Single(name.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct());
        Assert.True(name[0].PointSize < TableStyle.Default.FontSize, $"{name[0].PointSize} pt");
    }

    [Fact]
    public void The_letters_item_table_keeps_every_co_signer_and_unit_whole()
    {
        var pdf = Township.Congress.Reports.Documents.Suggestions.AssignmentLetterDocument.Render(SuggestionSampleData.Letter(), TestFonts.Default);
        using var document = PdfDocument.Open(pdf);
        var lines = document.GetPages().SelectMany(p => PageLine.Of(p)).ToList();

        foreach (var name in (string[])["阿依古丽·买买提", "欧阳春梅", "城关镇应急管理办公室", "城关镇农业农村办公室"])
        {
            Assert.Contains(lines, l => l.Text.Contains(name, StringComparison.Ordinal));
        }
    }
}
