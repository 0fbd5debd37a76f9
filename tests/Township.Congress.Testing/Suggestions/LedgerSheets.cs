using System.Globalization;
using MiniExcelLibs;
using Township.Congress.Suggestions;
using L = Township.Congress.Suggestions.SuggestionLedger.Labels;

namespace Township.Congress.Testing.Suggestions;

/// <summary>Reads a ledger workbook back as plain text cells, and checks its 统计 sheet against a figure report.</summary>
public static class LedgerSheets
{
    /// <summary>The sheet's cells as a person reads them (dates as 2026-03-01, rates as 85.7%), whatever type each is stored as.</summary>
    public static List<string[]> Read(byte[] xlsx, string sheet) => Infrastructure.SheetCells.Read(xlsx, sheet).Rows();

    /// <summary>The 台账 rows as header → value, the header being its first row.</summary>
    public static List<Dictionary<string, string>> Ledger(byte[] xlsx)
    {
        var rows = Read(xlsx, SuggestionLedger.LedgerSheet);
        var header = rows[0];
        return rows.Skip(1).Select(r => header.Select((h, i) => (h, v: r[i])).Where(x => x.h.Length > 0).ToDictionary(x => x.h, x => x.v)).ToList();
    }

    /// <summary>Every figure of the totals and every row of the two tables, exactly as the report has them.</summary>
    public static void AssertFigures(byte[] xlsx, SuggestionFigureReport report)
    {
        var rows = Read(xlsx, SuggestionLedger.FiguresSheet);
        string[] Row(string label) => rows.Single(r => r[0] == label);
        var f = report.Total;
        foreach (var (label, value) in new (string, int)[]
        {
            (L.RawReceived, f.RawReceived), (L.Received, f.Received), (L.MergedItems, f.MergedItems), (L.Assigned, f.Assigned),
            (L.Answered, f.Answered), (L.AnsweredOnTime, f.AnsweredOnTime), (L.WithFeedback, f.WithFeedback), (L.Satisfied, f.Satisfied),
            (L.Closed, f.Closed), (L.Implemented, f.Implemented), (L.PartlyImplemented, f.PartlyImplemented), (L.Overdue, f.Overdue),
        })
        {
            Assert.Equal((label, value.ToString(CultureInfo.InvariantCulture)), (label, Row(label)[1]));
        }
        foreach (var (label, rate) in SuggestionLedger.Rates(f))
            Assert.Equal((rate.Text, rate.Numerator.ToString(), rate.Denominator.ToString()), (Row(label)[1], Row(label)[2], Row(label)[3]));

        var byCategory = Table(rows, L.ByCategory);
        Assert.Equal(report.ByCategory.Select(g => Cells(g.Name, g.Figures)), byCategory.Select(r => r.Take(16).ToArray()));
        var byUnit = Table(rows, L.ByUnit);
        Assert.Equal(report.ByUnit.Select(g => new[] { g.Rank.ToString()! }.Concat(Cells(g.Name, g.Figures)).ToArray()), byUnit.Select(r => r.Take(17).ToArray()));
    }

    private static string[] Cells(string name, SuggestionFigures f) =>
        new object[]
        {
            name, f.Received, f.Assigned, f.Answered, f.AnsweredOnTime, f.WithFeedback, f.Satisfied, f.Closed, f.Implemented, f.PartlyImplemented,
            f.Overdue, f.AnswerRate.Text, f.OnTimeRate.Text, f.SatisfactionRate.Text, f.ClosureRate.Text, f.ImplementationRate.Text,
        }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray();

    /// <summary>The rows under a table's title and header, up to the next blank row.</summary>
    private static List<string[]> Table(List<string[]> rows, string title)
    {
        var start = rows.FindIndex(r => r[0] == title) + 2;
        return rows.Skip(start).TakeWhile(r => r.Any(c => c.Length > 0)).ToList();
    }
}
