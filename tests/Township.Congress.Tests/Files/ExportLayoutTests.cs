using System.Diagnostics;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Files;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Tests.Suggestions;
using C = Township.Congress.Deputies.RosterColumns;
using L = Township.Congress.Suggestions.SuggestionLedger.Columns;

namespace Township.Congress.Tests.Files;

/// <summary>
/// Every export opens ready to read and print: dates are date cells, counts are numbers, rates are
/// percent cells, each column as wide as its content, landscape, fitted to one page wide, the header
/// row repeated on each printed page; and LibreOffice opens it (converts it to PDF).
/// </summary>
public class ExportLayoutTests
{
    private static void AssertPrintSetup(SheetCells sheet, string name, int headerRows = 1)
    {
        Assert.Equal("landscape", (string?)sheet.PageSetup?.Attribute("orientation"));
        Assert.Equal(("1", "0"), ((string?)sheet.PageSetup?.Attribute("fitToWidth"), (string?)sheet.PageSetup?.Attribute("fitToHeight")));
        Assert.True(sheet.FitsToPage);
        if (headerRows > 0) Assert.Equal($"'{name}'!$1:${headerRows}", sheet.PrintTitles);
        else Assert.Null(sheet.PrintTitles);
        Assert.Equal(sheet.Rows()[0].Length, sheet.Widths.Count);
        Assert.All(sheet.Widths, w => Assert.InRange(w, 6, 62));
    }

    [Fact]
    public void CellsKeepTheirTypeAndColumnsFitTheirContent()
    {
        var xlsx = SpreadsheetFile.Write(new SheetContent("表", [
            new object?[] { "姓名", "日期", "件数", "比率", "备注" },
            new object?[] { "张三", new DateOnly(2026, 3, 1), 12, new SheetPercent(0.857m), "=1+1" },
            new object?[] { "一个很长很长很长很长的名字", null, 0, "—", "" },
        ]));
        var sheet = SheetCells.Read(xlsx, "表");
        Assert.Equal(("n", "yyyy-mm-dd", "2026-03-01"), (sheet.At(1, 1)!.Type, sheet.At(1, 1)!.Format, sheet.At(1, 1)!.Text));
        Assert.Equal(("n", "12"), (sheet.At(1, 2)!.Type, sheet.At(1, 2)!.Value));
        Assert.Equal(("n", "0.0%", "85.7%"), (sheet.At(1, 3)!.Type, sheet.At(1, 3)!.Format, sheet.At(1, 3)!.Text));
        Assert.Equal("'=1+1", sheet.At(1, 4)!.Text); // still inert (SpreadsheetText)
        Assert.NotEqual("n", sheet.At(2, 3)!.Type);
        // The long name (13 CJK characters = 26) widens its column; the short columns stay narrow.
        Assert.True(sheet.Widths[0] >= 26, $"{sheet.Widths[0]}");
        Assert.True(sheet.Widths[2] < 10, $"{sheet.Widths[2]}");
        AssertPrintSetup(sheet, "表");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheRosterExportHasDateCellsAndPrintsLandscapeWithItsHeader(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        await using (var write = database.System())
        {
            var deputy = write.Deputies.First(d => d.TownshipId == county.One.Id);
            deputy.BirthDate = new DateOnly(1975, 3, 18);
            await write.SaveChangesAsync();
        }

        var xlsx = await RosterSpreadsheet.ExportAsync(db, county.One.Id);
        var sheet = SheetCells.Read(xlsx, "代表名册");
        var header = sheet.Rows()[0].ToList();
        var birth = header.IndexOf(C.BirthDate);
        var dated = sheet.Cells.Where(c => c.Key.Row > 0 && c.Key.Column == birth && c.Value.Text.Length > 0).Select(c => c.Value).ToList();
        Assert.Contains(dated, c => c.Text == "1975-03-18");
        Assert.All(dated, c => Assert.Equal(("n", "yyyy-mm-dd"), (c.Type, c.Format)));
        AssertPrintSetup(sheet, "代表名册");
        await LibreOffice.ConvertsToPdfAsync(xlsx);

        // An export imported again is unchanged (the date cell reads back as the same date).
        var again = await new RosterImport(db).ImportAsync(county.One.Id, new MemoryStream(xlsx));
        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheLedgerHasDateCellsNumbersAndPercentRates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, FigureScenario.End);
        await FigureScenario.RunAsync(new FigureSetup(w.Context, w.Clock, w.Secretary, w.County.One.Id,
            w.Deputies.Take(3).Select(d => d.Id).ToList(), w.Roads.Id, w.Water.Id, w.RoadsCategory.Id));
        await using var db = w.Context(w.Secretary);
        var xlsx = await SuggestionLedger.ExportAsync(db, w.County.One.Id, 2026);

        var ledger = SheetCells.Read(xlsx, SuggestionLedger.LedgerSheet);
        var header = ledger.Rows()[0].ToList();
        foreach (var column in new[] { L.SubmittedOn, L.AssignedOn, L.Deadline, L.AnsweredOn, L.ClosedOn })
        {
            var cells = ledger.Cells.Where(c => c.Key.Row > 0 && c.Key.Column == header.IndexOf(column) && c.Value.Text.Length > 0).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.Equal(("n", "yyyy-mm-dd"), (c.Value.Type, c.Value.Format)));
        }
        Assert.All(ledger.Cells.Where(c => c.Key.Row > 0 && c.Key.Column == header.IndexOf(L.Row)), c => Assert.Equal("n", c.Value.Type));
        AssertPrintSetup(ledger, SuggestionLedger.LedgerSheet);

        var figures = SheetCells.Read(xlsx, SuggestionLedger.FiguresSheet);
        var rows = figures.Rows();
        var answerRate = rows.FindIndex(r => r[0] == SuggestionLedger.Labels.AnswerRate);
        Assert.Equal(("n", "0.0%", "85.7%"), (figures.At(answerRate, 1)!.Type, figures.At(answerRate, 1)!.Format, figures.At(answerRate, 1)!.Text));
        var received = rows.FindIndex(r => r[0] == SuggestionLedger.Labels.Received);
        Assert.Equal("n", figures.At(received, 1)!.Type);
        Assert.Equal(("n", "yyyy-mm-dd"), (figures.At(1, 1)!.Type, figures.At(1, 1)!.Format));
        AssertPrintSetup(figures, SuggestionLedger.FiguresSheet, headerRows: 0);
        await LibreOffice.ConvertsToPdfAsync(xlsx);
    }

    [Fact]
    public async Task TheImportTemplatesPrintLandscapeWithTheirHeader()
    {
        var roster = SheetCells.Read(RosterSpreadsheet.Template(), "代表名册");
        AssertPrintSetup(roster, "代表名册");
        var suggestions = SheetCells.Read(SuggestionImport.Template(), "建议收集表");
        AssertPrintSetup(suggestions, "建议收集表");
        await LibreOffice.ConvertsToPdfAsync(SuggestionImport.Template());
    }

    private static class LibreOffice
    {
        /// <summary>LibreOffice Calc opens the file and prints it to a PDF (exit 0, a PDF comes out).</summary>
        public static async Task ConvertsToPdfAsync(byte[] xlsx)
        {
            var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException("LibreOffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui (scripts/test.sh does).");
            var work = Directory.CreateTempSubdirectory("congress-lo-pdf-").FullName;
            try
            {
                var input = Path.Combine(work, "export.xlsx");
                await File.WriteAllBytesAsync(input, xlsx);
                var start = new ProcessStartInfo(soffice)
                {
                    ArgumentList = { $"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf", "--outdir", work, input },
                    RedirectStandardOutput = true, RedirectStandardError = true,
                };
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
                var pdf = Path.Combine(work, "export.pdf");
                Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"soffice exit {process.ExitCode}: {await output} {await error}");
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { /* best effort */ }
            }
        }
    }
}
