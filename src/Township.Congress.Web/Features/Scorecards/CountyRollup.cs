using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Files;
using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.Figures;
using Township.Congress.Reports.Fonts;
using Township.Congress.Web.Features.Dashboards;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Scorecards;

/// <summary>The county's figures of a year as the rollup prints them: the county dashboard's rows, columns, total and average.</summary>
public sealed record RollupData(string CountyName, int Year, DateOnly AsOf, IReadOnlyList<TownshipYearFigures> Rows, TownshipYearFigures Total);

/// <summary>
/// 全县乡镇人大工作情况 as PDF and .xlsx: every township a row, the dashboards' figure columns (<see cref="FigureColumns"/>, one
/// definition each), then 合计 (the pooled total) and 平均 (the county average, as on the county dashboard).
/// </summary>
public sealed class CountyRollupPrints(FontOptions fonts)
{
    public static async Task<RollupData> LoadAsync(CongressDbContext db, Guid countyId, int year, CancellationToken ct = default)
    {
        var county = await DashboardQueries.FindCountyAsync(db, countyId, ct);
        var rows = await db.FiguresAsync(FigureScope.County(countyId), year, ct);
        var today = ChineseDate.TodayInChina(db.Clock);
        // The date the figures describe: the year's end once it is over, else today.
        var asOf = year < today.Year ? new DateOnly(year, 12, 31) : today;
        return new RollupData(county.Name, year, asOf, rows, TownshipYearFigures.Total(rows, year, UiText.Rollup_Total));
    }

    public byte[] Pdf(RollupData data)
    {
        var columns = FigureColumns.All;
        RollupPrintRow Row(string name, TownshipYearFigures f) => new(name, columns.Select(c => c.Text(f)).ToList());
        var model = new CountyRollupPrintModel(data.CountyName, string.Format(UiText.Rollup_YearText, data.Year), ChineseDate.Format(data.AsOf),
            columns.Select(c => c.Label).ToList(), data.Rows.Select(r => Row(r.TownshipName, r)).ToList(), Row(UiText.Rollup_Total, data.Total),
            new RollupPrintRow(UiText.Rollup_Average, columns.Select(c => c.AverageText(data.Rows)).ToList()),
            [UiText.Rollup_NoteTotal, UiText.Rollup_NoteAverage], new DocumentSignature(string.Format(UiText.Rollup_Issuer, data.CountyName),
                ChineseDate.Format(data.AsOf)));
        return CountyRollupDocument.Render(model, fonts);
    }

    /// <summary>Counts as numbers, rates as percent cells (their one-decimal percent), a rate with nothing to count left empty.</summary>
    public static byte[] Xlsx(RollupData data)
    {
        var columns = FigureColumns.All;
        object? Cell(FigureColumn c, TownshipYearFigures f) => c.Count is { } count ? count(f)
            : c.Rate!(f).Percent is { } p ? new SheetPercent(p / 100m) : null;
        object? Average(FigureColumn c) => c.Average(data.Rows) is not { } mean ? null : c.Count is null ? new SheetPercent(mean / 100m) : mean;
        List<IReadOnlyList<object?>> rows =
        [
            [UiText.Rollup_Township, .. columns.Select(c => c.Label)],
            .. data.Rows.Select(r => (IReadOnlyList<object?>)[r.TownshipName, .. columns.Select(c => Cell(c, r))]),
            [UiText.Rollup_Total, .. columns.Select(c => Cell(c, data.Total))],
            [UiText.Rollup_Average, .. columns.Select(Average)],
        ];
        return SpreadsheetFile.Write(new SheetContent(string.Format(UiText.Rollup_SheetName, data.Year), rows));
    }
}
