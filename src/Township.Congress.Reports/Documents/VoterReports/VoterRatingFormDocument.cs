using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.VoterReports;

/// <summary>
/// 述职测评表: one numbered row per voter (at least <see cref="MinimumRows"/>, or as many as attended), the three
/// choices as columns to tick, the header repeated on each page, and the tally the counters sign at the end.
/// Voters rate anonymously (无记名): the form asks no name, so no voter's choice can be traced to them.
/// </summary>
public static class VoterRatingFormDocument
{
    /// <summary>Rows for at least this many voters, whatever the expected audience.</summary>
    public const int MinimumRows = 50;

    public static readonly string[] Choices = ["称职", "基本称职", "不称职"];

    // 小四 and a row a little above one text line: room for a tick made by hand.
    private static readonly TableStyle Style = new(FontSize: 12, MinRowHeight: 22);

    public static byte[] Render(VoterReportPrintModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions) { DocumentTitle = $"{model.DeputyName}代表述职测评表" };
        document.Title($"{model.TownshipName}人大代表{model.DeputyName}{OfficialDocument.PreferredTitleBreak}述职测评表", blankLineAfter: false);
        document.Subtitle(string.IsNullOrWhiteSpace(model.District) ? model.DateText : $"{model.District.Trim()}　　{model.DateText}");
        document.BlankLine();
        document.Paragraph("本表无记名填写。请在相应栏内划“√”，每位选民只选一项；多选或不选的视为无效。", keepWithNext: true);
        var columns = new List<TableColumn> { new("序号", 1.2) };
        columns.AddRange(Choices.Select(c => new TableColumn(c, 1.8)));
        var rows = Enumerable.Range(1, Math.Max(MinimumRows, model.Audience))
            .Select(i => (IReadOnlyList<string>)[Number(i), "", "", ""])
            .Append(["合计", "＿＿票", "＿＿票", "＿＿票"]);
        document.Table(columns, rows, Style);
        document.BlankLine();
        document.Line("计票人：　　　　　　　监票人：", keepWithNext: true);
        return document.Render();
    }
}
