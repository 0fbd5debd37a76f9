using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.Figures;

namespace Township.Congress.Reports.Tests;

/// <summary>Sample data of 全县乡镇人大工作情况: fifteen townships and the dashboards' 23 figures.</summary>
internal static class RollupSampleData
{
    public static readonly string[] Figures =
    [
        "召开人代会次数", "人代会出席率", "主席团会议次数", "主席团会议出席率", "代表活动次数", "代表活动人次", "培训次数", "代表培训率",
        "联系选民人次", "代表接待日次数", "代表述职次数", "述职代表占比", "工作评议次数", "评议不满意", "民生实事项目数", "民生实事完成率",
        "信访件数", "信访按期办结率", "收到建议件数", "按期答复率", "满意率", "办结率", "逾期未答复件数",
    ];

    private static readonly string[] Townships =
    [
        "城关镇", "河口镇", "石桥镇", "柳湾乡", "青山乡", "白沙镇", "东岭乡", "西坪镇", "南湖乡", "北川镇", "高桥乡", "新集镇", "马家堡乡",
        "双河镇", "龙泉乡",
    ];

    public static CountyRollupPrintModel Rollup(int townships = 15) => new(
        "示范县", "2025年度", "2025年12月31日", Figures,
        Townships.Take(townships).Select((t, i) => new RollupPrintRow(t, Figures.Select((f, c) => f.EndsWith('率') || f.EndsWith("占比")
            ? $"{80 + (i * 7 + c) % 20}.{c % 10}%" : ((i + 1) * (c + 2) % 37).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())).ToList(),
        new RollupPrintRow("合计", Figures.Select(_ => "999").ToList()),
        new RollupPrintRow("平均", Figures.Select(_ => "66.6").ToList()),
        ["合计行的比率为各乡镇分子之和除以分母之和", "平均行为各乡镇数值的平均数，无可计数的乡镇不计入"],
        new DocumentSignature("示范县人大常委会", "2025年12月31日"));
}

/// <summary>The county rollup read back with PdfPig: every township a row of each table, the figures split across tables, totals, signature.</summary>
public class CountyRollupDocumentTests
{
    [Fact]
    public void Every_township_is_a_row_of_every_table_and_the_figures_run_across_as_many_tables_as_needed()
    {
        var model = RollupSampleData.Rollup();
        var pdf = CountyRollupDocument.Render(model, TestFonts.Default);
        var text = PdfText.BodyCompact(pdf);
        var pages = PdfText.PagesCompact(pdf);

        Assert.StartsWith("示范县全县乡镇人大工作情况（2025年度　截至2025年12月31日　共15个乡镇）", pages[0]);
        var tables = (RollupSampleData.Figures.Length + CountyRollupDocument.ColumnsPerTable - 1) / CountyRollupDocument.ColumnsPerTable;
        Assert.Equal(3, tables);
        for (var t = 1; t <= tables; t++) Assert.Contains($"表{t}（共{tables}）", text);
        foreach (var row in model.Rows)
        {
            Assert.Contains(row.Name + string.Concat(row.Cells.Take(8)), text);
            Assert.Contains(row.Name + string.Concat(row.Cells.Skip(16)), text);
        }
        Assert.Equal(tables, CountOf(text, "合计999"));
        Assert.Equal(tables, CountOf(text, "平均66.6"));
        Assert.All(RollupSampleData.Figures, f => Assert.Contains(f, text));
        Assert.Contains("说明：1．合计行的比率", text);
        Assert.EndsWith("示范县人大常委会2025年12月31日", text);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var model = RollupSampleData.Rollup() with { Total = new RollupPrintRow("合计", ["1"]) };
        Assert.Throws<ArgumentException>(() => CountyRollupDocument.Render(model, TestFonts.Default));
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
