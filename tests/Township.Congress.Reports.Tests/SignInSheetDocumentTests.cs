using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Layout;
using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

public sealed class SignInSheetDocumentTests
{
    private static readonly Lazy<byte[]> Sheet160 = new(() => SignInSheetDocument.Render(Model(160), TestFonts.Default));

    public static SignInSheetModel Model(int deputies)
    {
        // Grouped order, as the caller sends it: group by group, ungrouped deputies last.
        var entries = RosterSampleData.Names(deputies)
            .Select((name, i) => new SignInEntry(name, i >= deputies - 4 ? string.Empty : $"第{"一二三四五六七八九"[i * 9 / deputies]}代表小组"))
            .ToList();
        return new SignInSheetModel("代表签到表", MinutesSampleData.SessionName, "2026年3月8日", entries);
    }

    [Fact]
    public void Has_title_date_count_and_every_name()
    {
        var text = PdfText.BodyCompact(Sheet160.Value);

        Assert.StartsWith("城关镇第十三届人民代表大会第三次会议代表签到表2026年3月8日　　应到代表160名", text, StringComparison.Ordinal);
        var missing = RosterSampleData.Names(160).Where(n => !text.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
        Assert.Contains("160", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_row_repeats_on_every_page_with_about_twenty_rows_each()
    {
        var pages = PdfText.PagesCompact(Sheet160.Value);

        Assert.InRange(pages.Count, 8, 9);
        Assert.All(pages, p => Assert.Contains("序号姓名代表小组签名", p, StringComparison.Ordinal));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"—{i + 1}—", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rows_are_one_grid_line_high_for_handwriting()
    {
        using var pdf = PdfDocument.Open(Sheet160.Value);
        var page = pdf.GetPage(2);
        var names = RosterSampleData.Names(160);
        var baselines = page.GetWords()
            .Where(w => names.Contains(w.Text))
            .Select(w => w.BoundingBox.Bottom)
            .OrderByDescending(y => y)
            .ToList();

        Assert.InRange(baselines.Count, 19, 22);
        Assert.All(baselines.Zip(baselines.Skip(1)), pair => Assert.Equal(PageSetup.LinePitch, pair.First - pair.Second, 0.5));
    }

    [Fact]
    public void Group_names_are_merged_down_their_rows()
    {
        var text = PdfText.BodyCompact(Sheet160.Value);
        var pages = PdfText.PagesCompact(Sheet160.Value);

        // Nine groups of about 17 over eight pages: each group's name is printed once per page it appears on.
        var printed = pages.Sum(p => Count(p, "代表小组") - 1);
        Assert.InRange(printed, 9, 9 + pages.Count);
        Assert.Contains("第九代表小组", text, StringComparison.Ordinal);
        Assert.Contains("157李德华未编组", text, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
