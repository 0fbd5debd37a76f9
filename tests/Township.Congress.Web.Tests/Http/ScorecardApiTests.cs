using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Figures;
using Township.Congress.Scorecards;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The scorecard, its scheme, the hand scores and the rollups through the API: who reads and writes what, and the rollup's cells.</summary>
public class ScorecardApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private async Task<(Guid County, Guid One, IReadOnlyList<TownshipYearFigures> Figures, CountyScorecard Card)> CountyAsync(int year)
    {
        await using var db = app.SystemContext();
        var county = await db.Counties.Select(c => c.Id).SingleAsync();
        var one = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
        return (county, one, await db.FiguresAsync(FigureScope.County(county), year), await db.ScorecardAsync(county, year));
    }

    [Fact]
    // 2026: the demo scores 2022–2025 by hand already, so a first score (version 0) is made in the year it has none.
    public async Task TheCountyReadsTheScorecardScoresByHandWithEvidenceAndASecretaryIsToldNothingIsThere()
    {
        var (county, one, _, expected) = await CountyAsync(2026);
        var client = await app.LoginAsync("county");

        var card = await client.GetFromJsonAsync<JsonElement>($"/api/v1/counties/{county}/scorecard?year=2026");
        var rows = card.GetProperty("townships").EnumerateArray().ToList();
        Assert.Equal(15, rows.Count);
        foreach (var (row, want) in rows.Zip(expected.Townships))
        {
            Assert.Equal(want.TownshipId, row.GetProperty("townshipId").GetGuid());
            Assert.Equal(want.Total, row.GetProperty("total").GetDecimal());
            Assert.Equal(want.Rank, row.GetProperty("rank").GetInt32());
            Assert.Equal(want.Criteria[0].Data, row.GetProperty("criteria")[0].GetProperty("data").GetString());
        }

        var put = await client.PutAsJsonAsync($"/api/v1/townships/{one}/scorecard-hand-scores",
            new { year = 2026, criterion = "SelfBuilding", points = 7.5, note = "制度建设较好", version = 0 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        var id = saved.GetProperty("id").GetGuid();
        Assert.Equal("county", saved.GetProperty("scoredBy").GetString());
        var stale = await client.PutAsJsonAsync($"/api/v1/townships/{one}/scorecard-hand-scores",
            new { year = 2026, criterion = "SelfBuilding", points = 8, note = "再评", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var over = await client.PutAsJsonAsync($"/api/v1/townships/{one}/scorecard-hand-scores",
            new { year = 2026, criterion = "Bonus", points = 50, note = "超出", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("得分应在0到5分之间", await over.Content.ReadAsStringAsync());

        using var form = new MultipartFormDataContent();
        var pdf = "%PDF-1.4\n%考评佐证\n%%EOF\n"u8.ToArray();
        form.Add(new ByteArrayContent(pdf), "file", "制度汇编.pdf");
        var upload = await client.PostAsync($"/api/v1/scorecard-hand-scores/{id}/evidence", form);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/api/v1/scorecard-hand-scores/{id}/evidence"));
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/counties/{county}/scorecard?year=2026");
        var self = after.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("townshipId").GetGuid() == one)
            .GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "SelfBuilding");
        Assert.Equal(7.5m, self.GetProperty("points").GetDecimal());
        Assert.Equal("制度汇编.pdf", self.GetProperty("hand").GetProperty("evidenceName").GetString());

        var secretary = await app.LoginAsync("town01");
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync($"/api/v1/counties/{county}/scorecard?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync($"/api/v1/counties/{county}/rollup.xlsx?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync($"/api/v1/scorecard-hand-scores/{id}/evidence")).StatusCode);
        var self1 = await secretary.PutAsJsonAsync($"/api/v1/townships/{one}/scorecard-hand-scores",
            new { year = 2026, criterion = "Bonus", points = 5, note = "自评", version = 0 });
        Assert.Equal(HttpStatusCode.NotFound, self1.StatusCode);
    }

    [Fact]
    public async Task OnlyTheAdministratorSetsTheSchemeAllOrNothingAndAStaleVersionIsAConflict()
    {
        var (county, _, _, _) = await CountyAsync(2025);
        var url = $"/api/v1/counties/{county}/scorecard-scheme";
        var body = new { values = new[] { new { key = "scorecard.sessions-required", value = 3m, version = 0L } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoginAsync("county")).PutAsJsonAsync(url, body)).StatusCode);

        var admin = await app.LoginAsync("admin");
        var scheme = await admin.GetFromJsonAsync<JsonElement>(url);
        Assert.All(scheme.GetProperty("settings").EnumerateArray(), s => Assert.StartsWith("scorecard.", s.GetProperty("key").GetString()));
        var foreign = await admin.PutAsJsonAsync(url, new { values = new object[] { body.values[0], new { key = "deputy-points.base", value = 50m, version = 0L } } });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync(url, body)).StatusCode);
        var reset = await admin.PutAsJsonAsync(url, new { values = new[] { new { key = "scorecard.sessions-required", value = 2m, version = 1L } } });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }

    [Fact]
    public async Task TheRollupSheetHoldsEveryTownshipsFiguresAsNumbersAndLibreOfficeOpensIt()
    {
        var (county, _, figures, _) = await CountyAsync(2025);
        var client = await app.LoginAsync("county");

        var xlsx = await client.GetByteArrayAsync($"/api/v1/counties/{county}/rollup.xlsx?year=2025");
        var sheet = SheetCells.Read(xlsx, "2025年全县乡镇人大工作情况");
        Assert.Equal("乡镇", sheet.At(0, 0)!.Text);
        for (var i = 0; i < figures.Count; i++)
        {
            Assert.Equal(figures[i].TownshipName, sheet.At(i + 1, 0)!.Text);
            var sessions = sheet.At(i + 1, 1)!;
            Assert.Equal("n", sessions.Type);
            Assert.Equal(figures[i].SessionsHeld.ToString(), sessions.Value);
        }
        Assert.Equal("合计", sheet.At(figures.Count + 1, 0)!.Text);
        Assert.Equal(figures.Sum(f => f.SessionsHeld).ToString(), sheet.At(figures.Count + 1, 1)!.Value);
        Assert.Equal("平均", sheet.At(figures.Count + 2, 0)!.Text);
        Assert.Equal("landscape", (string?)sheet.PageSetup?.Attribute("orientation"));
        Assert.True(sheet.FitsToPage);

        var csv = await ToCsvAsync(xlsx);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(figures.Count + 3, lines.Length);
        Assert.StartsWith($"{figures[0].TownshipName},{figures[0].SessionsHeld},", lines[1]);

        var pdf = await client.GetByteArrayAsync($"/api/v1/counties/{county}/rollup.pdf?year=2025");
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8));
    }

    /// <summary>LibreOffice Calc opens the file and writes it as CSV (as a county clerk's spreadsheet program would read it).</summary>
    private static async Task<string> ToCsvAsync(byte[] xlsx)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui (scripts/test.sh does).");
        var work = Directory.CreateTempSubdirectory("congress-rollup-").FullName;
        try
        {
            var input = Path.Combine(work, "rollup.xlsx");
            await File.WriteAllBytesAsync(input, xlsx);
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", work, input },
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            var csv = Path.Combine(work, "rollup.csv");
            Assert.True(File.Exists(csv), $"soffice exit {process.ExitCode}: {await output} {await error}");
            return await File.ReadAllTextAsync(csv);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }
}
