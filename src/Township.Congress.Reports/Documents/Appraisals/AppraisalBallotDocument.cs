using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Appraisals;

/// <summary>
/// 满意度测评表: one sheet a deputy marks by hand, a row per subject with boxes for 满意 / 基本满意 / 不满意,
/// no page number, and the counting rule stated under the table.
/// </summary>
public static class AppraisalBallotDocument
{
    private static readonly TableStyle RowStyle = new(FontSize: 14, PaddingY: 4, MinRowHeight: 32);

    // The sheet must stay one page: a long list of subjects gets smaller rows.
    private static readonly TableStyle DenseStyle = new(FontSize: 12, PaddingY: 3, MinRowHeight: 24);

    private static readonly TableColumn[] Columns =
    [
        new("序号", 0.7),
        new("评议对象", 4.2, TextAlignment.Left),
        new("满意", 1),
        new("基本满意", 1.2),
        new("不满意", 1),
    ];

    public static byte[] Render(AppraisalBallotModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions) { PageNumbers = false };
        document.Subtitle(model.Issuer);
        document.Title(model.Title, blankLineAfter: false);
        document.Subtitle("（不记名）");
        document.Line("请在所选等次栏内划“√”，每个对象只选一项。", TextAlignment.Center, keepWithNext: true);
        document.BlankLine();
        document.Table(Columns, model.Subjects.Select((s, i) => (IReadOnlyList<string>)[Number(i + 1), s, "", "", ""]),
            model.Subjects.Count <= 10 ? RowStyle : DenseStyle);
        if (model.Instructions.Count > 0)
        {
            document.Line("说明：", keepWithNext: true);
            for (var i = 0; i < model.Instructions.Count; i++) document.Paragraph(Sentence($"{Number(i + 1)}．{model.Instructions[i]}"));
        }

        return document.Render();
    }
}
