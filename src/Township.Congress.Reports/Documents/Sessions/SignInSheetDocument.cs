using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>
/// The sign-in sheet (签到表) laid on the door table at a session: one row per deputy with an empty
/// signature cell one grid line high per sitting (day or half day), a 备注 cell for leave, about twenty
/// rows a page, the header repeated on each page, and the count row (合计) the secretary fills in at the end.
/// </summary>
public static class SignInSheetDocument
{
    public const string CountedByLabel = "统计人";

    public const string TotalLabel = "合计";

    // 四号 names; a row one grid line (≈10 mm) high leaves room for a handwritten signature.
    private static readonly TableStyle Style = new(FontSize: 14, MinRowHeight: PageSetup.LinePitch);

    // Several sittings share the page width: 小四 keeps "3月8日上午" legible in a narrower column.
    private static readonly TableStyle NarrowStyle = new(FontSize: 12, MinRowHeight: PageSetup.LinePitch);

    public static byte[] Render(SignInSheetModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sittings = model.Sittings is { Count: > 0 } s ? s : [];
        var document = new OfficialDocument(fontOptions);
        document.Title($"{model.SessionName}{OfficialDocument.PreferredTitleBreak}{model.Title}", blankLineAfter: false);
        document.Subtitle($"{model.DateText}　　应到代表{Number(model.Deputies.Count)}名");
        document.BlankLine();
        var columnsOfSittings = Math.Max(1, sittings.Count);
        var rows = model.Deputies.Select((d, i) => Row(d, i, columnsOfSittings)).Append(CountRow(model.Deputies.Count, columnsOfSittings));
        document.Table(Columns(sittings), rows, sittings.Count > 2 ? NarrowStyle : Style);
        return document.Render();
    }

    // Consecutive deputies of one group share a merged group cell, which shows the grouping at a glance.
    private static List<TableColumn> Columns(IReadOnlyList<string> sittings)
    {
        var columns = new List<TableColumn>
        {
            new("序号", 0.8),
            // Wide enough for an eight-character name such as "阿依古丽·买买提" on one line.
            new("姓名", 2.2, Names: true),
            new("代表小组", 1.8, MergeRepeated: true),
        };
        if (sittings.Count == 0)
        {
            columns.Add(new("签名", 2.4));
        }
        else
        {
            // One sitting keeps the full signature width; more share about twice that.
            var width = sittings.Count == 1 ? 2.4 : Math.Max(1.3, 5.2 / sittings.Count);
            columns.AddRange(sittings.Select(x => new TableColumn($"签名\n{x}", width)));
        }

        // Narrow enough that 代表小组 keeps "第一代表小组" on one line; a leave reason may wrap.
        columns.Add(new("备注", 1.0));
        return columns;
    }

    private static IReadOnlyList<string> Row(SignInEntry d, int index, int sittings)
    {
        var row = new List<string> { Number(index + 1), d.Name, GroupLabel(d.GroupName) };
        row.AddRange(Enumerable.Repeat(string.Empty, sittings));
        row.Add(d.Note);
        return row;
    }

    /// <summary>
    /// The closing count (合计) as the table's last row: 应到 is known, 实到/请假/缺席 are counted at the door under
    /// each sitting, and 统计人 signs in 备注. Being a row, it moves with the table (and its repeated header) and
    /// never stands alone on a last page.
    /// </summary>
    private static IReadOnlyList<string> CountRow(int expected, int sittings)
    {
        var counts = sittings > 2 ? "实到＿\n请假＿\n缺席＿" : "实到＿＿名\n请假＿＿名\n缺席＿＿名";
        var row = new List<string> { string.Empty, TotalLabel, $"应到\n{Number(expected)}名" };
        row.AddRange(Enumerable.Repeat(counts, sittings));
        row.Add(CountedByLabel + "\n\n");
        return row;
    }

    /// <summary>Deputies in no group are labelled as on the roster rather than left under an empty merged cell.</summary>
    private static string GroupLabel(string groupName) => string.IsNullOrWhiteSpace(groupName) ? DeputyRosterDocument.UngroupedName : groupName;
}
