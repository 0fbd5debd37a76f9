using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Tests.Deputies;

/// <summary>OWASP CSV injection: a roster cell the user began with = + - @ opens as text, and comes back as the user wrote it.</summary>
public class RosterFormulaCellsTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"点我\")";
    private const string Sum = "=1+1";
    private const string Command = "=cmd|' /C calc'!A0";
    private const string Plus = "+1+1";
    private const string At = "@SUM(1+1)";

    private static Dictionary<string, object?> Row(string name, string workUnit, string occupation, string education) => new()
    {
        [C.Name] = name, [C.Gender] = "男", [C.Ethnicity] = "汉族", [C.BirthDate] = "1975-03-18", [C.IdCard] = "",
        [C.Affiliation] = "群众", [C.Education] = education, [C.Occupation] = occupation, [C.Category] = "农民", [C.Levels] = "乡",
        [C.Village] = "", [C.WorkUnit] = workUnit, [C.Constituency] = "第一选区", [C.Phone] = "", [C.Group] = "",
    };

    [Fact]
    public async Task FormulaTextOpensInLibreOfficeAsTextAndReimportsUnchanged()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var sheet = new MemoryStream();
        sheet.SaveAs(new[] { Row("公式甲", Hyperlink, Sum, At), Row("公式乙", Command, Plus, "-2+3") });
        sheet.Position = 0;
        Assert.True((await new RosterImport(db).ImportAsync(county.One.Id, sheet)).Succeeded);

        var exported = await RosterSpreadsheet.ExportAsync(db, county.One.Id);

        var cells = (await LibreOfficeCsvAsync(exported)).SelectMany(r => r).ToList();
        Assert.Contains("'" + Sum, cells);
        Assert.Contains("'" + Hyperlink, cells);
        Assert.Contains("'" + Command, cells);
        Assert.Contains("'" + Plus, cells);
        Assert.Contains("'" + At, cells);
        Assert.DoesNotContain("2", cells); // =1+1 was not calculated
        Assert.DoesNotContain("点我", cells); // nor the link shown as a link

        var again = await new RosterImport(db).ImportAsync(county.One.Id, new MemoryStream(exported));
        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal(0, again.Created);
        await using var check = database.System();
        var first = await check.Deputies.SingleAsync(d => d.Name == "公式甲");
        var second = await check.Deputies.SingleAsync(d => d.Name == "公式乙");
        Assert.Equal((Hyperlink, Sum, At), (first.WorkUnit, first.Occupation, first.Education));
        Assert.Equal((Command, Plus, "-2+3"), (second.WorkUnit, second.Occupation, second.Education));
    }

    /// <summary>The sheet as LibreOffice Calc reads it, saved as UTF-8 CSV (what a user's "save as CSV" would give).</summary>
    private static async Task<List<string[]>> LibreOfficeCsvAsync(byte[] xlsx)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui (scripts/test.sh does).");
        var work = Directory.CreateTempSubdirectory("congress-lo-").FullName;
        try
        {
            var input = Path.Combine(work, "roster.xlsx");
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
            var csv = Path.Combine(work, "roster.csv");
            Assert.True(File.Exists(csv), $"soffice exit {process.ExitCode}: {await output} {await error}");
            return ParseCsv(await File.ReadAllTextAsync(csv));
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }

    /// <summary>RFC 4180: fields in double quotes may hold commas and doubled quotes.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { row.Add(field.ToString().TrimEnd('\r')); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else field.Append(ch);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
