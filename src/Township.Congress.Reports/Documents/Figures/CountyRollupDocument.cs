using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Figures;

/// <summary>
/// 全县乡镇人大工作情况 on A4 landscape pages: the figures do not fit one table, so they are split into as many tables as it takes
/// (<see cref="ColumnsPerTable"/> figures each), each with the townships as rows, then 合计 and 平均, the header repeated on
/// every page; the notes under the last table; signed by the county with the date the figures describe.
/// </summary>
public static class CountyRollupDocument
{
    /// <summary>Figures per table: with the township's name, the headers of eight figures keep to two lines at 五号.</summary>
    public const int ColumnsPerTable = 8;

    private static readonly TableStyle Style = new(FontSize: 10.5, PaddingX: 2, PaddingY: 2, LineHeightFactor: 1.25);

    public static byte[] Render(CountyRollupPrintModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    public static OfficialDocument Build(CountyRollupPrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = model.Rows.Append(model.Total).Append(model.Average).ToList();
        var bad = rows.FindIndex(r => r.Cells.Count != model.Columns.Count);
        if (bad >= 0) throw new ArgumentException($"Row {bad} has {rows[bad].Cells.Count} cells; the rollup has {model.Columns.Count} columns.", nameof(model));

        var document = new OfficialDocument(fontOptions, PageSetup.WideTable) { DocumentTitle = $"{model.CountyName}全县乡镇人大工作情况" };
        document.Title($"{model.CountyName}全县乡镇人大工作情况", blankLineAfter: false);
        document.Subtitle($"（{model.YearText}　截至{model.AsOf}　共{Number(model.Rows.Count)}个乡镇）");
        document.BlankLine();

        if (model.Rows.Count == 0) document.Paragraph("本县尚无乡镇。");
        else
        {
            var parts = (model.Columns.Count + ColumnsPerTable - 1) / ColumnsPerTable;
            for (var part = 0; part < parts; part++)
            {
                var from = part * ColumnsPerTable;
                var count = Math.Min(ColumnsPerTable, model.Columns.Count - from);
                var heading = $"表{Number(part + 1)}（共{Number(parts)}）";
                document.Heading2(heading);
                TableColumn[] columns =
                [
                    new("乡镇", 1.6, Names: true),
                    .. model.Columns.Skip(from).Take(count).Select(c => new TableColumn(c, Math.Max(1, 0.2 * c.Length))),
                ];
                document.Table(columns, rows.Select(r => (IReadOnlyList<string>)[r.Name, .. r.Cells.Skip(from).Take(count)]), Style);
                if (part < parts - 1) document.BlankLine();
            }
        }

        if (model.Notes.Count > 0)
        {
            // The notes keep with one another and with the signature, so the layout's signature reserve reaches back to the last
            // table: its last rows go over with the notes and the signature rather than leave them alone on a page (GB/T 9704 7.3.5).
            document.Line("说明：", keepWithNext: true);
            for (var i = 0; i < model.Notes.Count; i++) document.Paragraph(Sentence($"{Number(i + 1)}．{model.Notes[i]}"), keepWithNext: true);
        }
        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document;
    }
}
