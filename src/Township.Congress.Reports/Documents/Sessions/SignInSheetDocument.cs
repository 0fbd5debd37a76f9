using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>
/// The sign-in sheet (签到表) laid on the door table at a session: one row per deputy with a wide
/// empty signature cell one grid line high, about twenty rows a page, the header repeated on each page.
/// </summary>
public static class SignInSheetDocument
{
    // 四号 names; a row one grid line (≈10 mm) high leaves room for a handwritten signature.
    private static readonly TableStyle Style = new(FontSize: 14, MinRowHeight: PageSetup.LinePitch);

    // Consecutive deputies of one group share a merged group cell, which shows the grouping at a glance.
    private static readonly TableColumn[] Columns =
    [
        new("序号", 0.8),
        // Wide enough for an eight-character name such as "阿依古丽·买买提" on one line.
        new("姓名", 2.2, Names: true),
        new("代表小组", 1.8, MergeRepeated: true),
        new("签名", 3.2),
    ];

    public static byte[] Render(SignInSheetModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions);
        document.Title($"{model.SessionName}{OfficialDocument.PreferredTitleBreak}{model.Title}", blankLineAfter: false);
        document.Subtitle($"{model.DateText}　　应到代表{Number(model.Deputies.Count)}名");
        document.BlankLine();
        document.Table(Columns, model.Deputies.Select((d, i) => (IReadOnlyList<string>)[Number(i + 1), d.Name, GroupLabel(d.GroupName), string.Empty]), Style);
        return document.Render();
    }

    /// <summary>Deputies in no group are labelled as on the roster rather than left under an empty merged cell.</summary>
    private static string GroupLabel(string groupName) => string.IsNullOrWhiteSpace(groupName) ? DeputyRosterDocument.UngroupedName : groupName;
}
