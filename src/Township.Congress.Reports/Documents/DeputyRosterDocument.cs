using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents;

/// <summary>The township deputy roster (代表名册): one table per deputy group, ungrouped deputies last under "未编组".</summary>
public static class DeputyRosterDocument
{
    public const string UngroupedName = "未编组";

    // 五号 (10.5 pt) on an A4 landscape page: wide enough that names, dates, levels and phone
    // numbers stay on one line; only the work unit wraps. Twelve columns do not fit the 156 mm
    // portrait type area without wrapping almost every cell.
    private static readonly TableStyle Style = new(FontSize: 10.5, PaddingX: 2, PaddingY: 2, LineHeightFactor: 1.25);

    // Widths are in points on the 243 mm (≈689 pt) landscape type area; they are normalised anyway.
    private static readonly TableColumn[] Columns =
    [
        new("序号", 26),
        new("姓名", 48, Names: true),
        new("性别", 26),
        new("民族", 48),
        new("出生年月", 58),
        new("政治面貌", 56),
        new("工作单位及职务", 99, TextAlignment.Left),
        new("文化程度", 50),
        new("代表类别", 68),
        new("所在村（社区）", 50),
        new("代表层级", 58),
        new("联系电话", 64),
        new("状态", 38),
    ];

    public static byte[] Render(RosterPrintModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    /// <summary>The roster as a document, for callers that want to append notes before rendering.</summary>
    public static OfficialDocument Build(RosterPrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var groups = NormalizeGroups(model.Groups);
        var total = groups.Sum(g => g.Rows.Count);

        var document = new OfficialDocument(fontOptions, PageSetup.WideTable);
        document.Title($"{model.TownshipName}{model.TermName}人民代表大会代表名册");
        document.Subtitle($"截至{model.AsOf ?? model.PrintedOn}　共{total}名代表　　打印日期：{model.PrintedOn}");
        // The composition is what a county reads first: who sits in the congress, in counts and shares.
        foreach (var sentence in model.Composition ?? []) document.Paragraph(sentence);
        document.BlankLine();

        // Numbering runs through the whole roster so the last 序号 equals the total count.
        var number = 0;
        foreach (var group in groups)
        {
            document.Heading2($"{group.GroupName}（{group.Rows.Count}人）");
            document.Table(Columns, group.Rows.Select(row => Cells(++number, row)).ToList(), Style);
        }

        return document;
    }

    /// <summary>Empty groups are left out; all ungrouped deputies are merged into one "未编组" group at the end.</summary>
    private static List<RosterPrintGroup> NormalizeGroups(IReadOnlyList<RosterPrintGroup> groups)
    {
        static bool IsUngrouped(RosterPrintGroup g) => string.IsNullOrWhiteSpace(g.GroupName) || g.GroupName.Trim() == UngroupedName;

        var result = groups.Where(g => !IsUngrouped(g) && g.Rows.Count > 0).ToList();
        var ungrouped = groups.Where(IsUngrouped).SelectMany(g => g.Rows).ToList();
        if (ungrouped.Count > 0)
        {
            result.Add(new RosterPrintGroup(UngroupedName, ungrouped));
        }

        return result;
    }

    private static string[] Cells(int number, RosterPrintRow row) =>
    [
        number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Name,
        row.Gender,
        row.Ethnicity,
        row.BirthDate,
        row.Affiliation,
        row.WorkUnitAndPost,
        row.Education,
        row.Category,
        row.Village,
        row.Levels,
        row.Phone,
        row.Status,
    ];
}
