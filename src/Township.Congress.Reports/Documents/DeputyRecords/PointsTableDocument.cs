using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.DeputyRecords;

/// <summary>
/// The township's 亮分表 on an A4 landscape page (a column per points kind does not fit the portrait type
/// area): rank, name, group, each kind, total and band, the header repeated on every page, the scheme and
/// bands stated under the table, dated the scores' as-of date.
/// </summary>
public static class PointsTableDocument
{
    // 五号 like the roster: a dozen columns stay on one line each.
    private static readonly TableStyle Style = new(FontSize: 10.5, PaddingX: 2, PaddingY: 2, LineHeightFactor: 1.25);

    public static byte[] Render(PointsTablePrintModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    public static OfficialDocument Build(PointsTablePrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bad = model.Rows.ToList().FindIndex(r => r.Points.Count != model.Kinds.Count);
        if (bad >= 0)
        {
            throw new ArgumentException($"Row {bad} has {model.Rows[bad].Points.Count} points; the table has {model.Kinds.Count} kinds.", nameof(model));
        }

        var document = new OfficialDocument(fontOptions, PageSetup.WideTable);
        document.Title($"{model.TownshipName}人大代表{model.PeriodText}履职积分亮分表", blankLineAfter: false);
        document.Subtitle($"截至{model.Signature.Date}　共{Number(model.Rows.Count)}名代表");
        document.BlankLine();

        TableColumn[] columns =
        [
            new("名次", 0.7),
            new("姓名", 1.3, Names: true),
            new("代表小组", 1.5),
            // A longer kind (向选民述职) gets the room to keep its header on one line.
            .. model.Kinds.Select(k => new TableColumn(k, Math.Max(1, 0.23 * k.Length))),
            new("总分", 0.9),
            new("等次", 0.9),
        ];
        if (model.Rows.Count == 0)
        {
            document.Paragraph("本期间无在任代表的积分。");
        }
        else
        {
            document.Table(columns, model.Rows.Select(r => (IReadOnlyList<string>)[r.Rank, r.Name, r.Group, .. r.Points, r.Total, r.Band]), Style);
        }

        if (model.Notes.Count > 0)
        {
            document.Line("说明：", keepWithNext: true);
            for (var i = 0; i < model.Notes.Count; i++)
            {
                document.Paragraph(Sentence($"{Number(i + 1)}．{model.Notes[i]}"));
            }
        }

        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document;
    }
}
