using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Tests.Deputies;

/// <summary>An import shows what it will change first, never undoes newer edits, and never imports the example.</summary>
public class RosterImportTrustTests
{
    private static List<Dictionary<string, object?>> Read(byte[] xlsx) =>
        new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value)).ToList();

    private static MemoryStream Stream(List<Dictionary<string, object?>> rows) => Sheets.Of([.. rows]);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PreviewReportsCreatedChangedAndUnchangedAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var rows = Read(await RosterSpreadsheet.ExportAsync(db, county.One.Id));
        rows.Single(r => (string)r[C.Name]! == "李秀英")[C.Occupation] = "村医";
        var added = new Dictionary<string, object?>(rows[0]) { [C.Name] = "孙新", [C.RowKey] = "", [C.BirthDate] = "1990-05-06" };
        rows.Add(added);
        // The export masks nothing for a secretary, so its phones read back as they were.

        var preview = await new RosterImport(db).ImportAsync(county.One.Id, Stream(rows), preview: true);

        Assert.True(preview.Succeeded, string.Join("；", preview.Errors.Select(e => e.Reason)));
        Assert.True(preview.Preview);
        Assert.Equal((1, 1, 2), (preview.Created, preview.Changed, preview.Unchanged));
        var li = preview.Rows.Single(r => r.Name == "李秀英");
        Assert.Equal(ImportRowKind.Changed, li.Kind);
        Assert.Equal([C.Occupation], li.ChangedColumns);
        Assert.Equal(ImportRowKind.Created, preview.Rows.Single(r => r.Name == "孙新").Kind);
        await using var check = database.System();
        Assert.Equal(3, await check.Deputies.CountAsync(d => d.TownshipId == county.One.Id));
        Assert.Equal("", (await check.Deputies.SingleAsync(d => d.TownshipId == county.One.Id && d.Name == "李秀英")).Occupation);

        var done = await new RosterImport(db).ImportAsync(county.One.Id, Stream(rows), preview: false);
        Assert.Equal((1, 1, 2, false), (done.Created, done.Changed, done.Unchanged, done.Preview));
        await using var after = database.System();
        Assert.Equal("村医", (await after.Deputies.SingleAsync(d => d.TownshipId == county.One.Id && d.Name == "李秀英")).Occupation);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RowsWhoseRecordChangedAfterTheExportAreRefusedAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        byte[] export;
        await using (var db = database.Context(county.SecretaryOfOne)) export = await RosterSpreadsheet.ExportAsync(db, county.One.Id);
        // After the export someone corrects 张建国's occupation on the page.
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var zhang = await db.Deputies.SingleAsync(d => d.Id == county.DeputyOfOne.Id);
            var input = DeputyInput.From(zhang);
            input.Occupation = "镇长";
            await new DeputyService(db).UpdateAsync(zhang.Id, input, zhang.Version);
        }
        var rows = Read(export);
        rows.Single(r => (string)r[C.Name]! == "王德明")[C.Occupation] = "教师";

        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var result = await new RosterImport(db).ImportAsync(county.One.Id, Stream(rows));
            var refused = Assert.Single(result.Errors);
            Assert.Equal(C.RowKey, refused.Column);
            Assert.Equal(rows.FindIndex(r => (string)r[C.Name]! == "张建国") + 2, refused.Row);
            Assert.Contains("导出后已被修改", refused.Reason);
        }
        await using var check = database.System();
        Assert.Equal("镇长", (await check.Deputies.SingleAsync(d => d.Id == county.DeputyOfOne.Id)).Occupation);
        Assert.Equal("", (await check.Deputies.SingleAsync(d => d.TownshipId == county.One.Id && d.Name == "王德明")).Occupation);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheTemplatesExampleRowNeverBecomesADeputy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var rows = Read(RosterSpreadsheet.Template());
        Assert.Contains(C.ExampleMark, (string)rows[0][C.Name]!);
        // A template handed out before the mark: the unmarked 张三 with the same example values.
        rows.Add(new Dictionary<string, object?>(rows[0]) { [C.Name] = "张三" });
        rows.Add(new Dictionary<string, object?>(rows[0]) { [C.Name] = "周真", [C.BirthDate] = "1981-02-03" });

        var result = await new RosterImport(db).ImportAsync(county.One.Id, Stream(rows));

        Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Reason)));
        Assert.Equal((1, 2), (result.Created, result.ExampleRowsSkipped));
        await using var check = database.System();
        Assert.False(await check.Deputies.AnyAsync(d => d.Name.StartsWith("张三")));
        Assert.True(await check.Deputies.AnyAsync(d => d.Name == "周真"));
    }

    [Fact]
    public void TemplateColumnsAreTextFormattedSoIdNumbersKeepTheirDigits()
    {
        using var zip = new ZipArchive(new MemoryStream(RosterSpreadsheet.Template()));
        XDocument Load(string name) { using var s = zip.GetEntry(name)!.Open(); return XDocument.Load(s); }
        var styles = Load("xl/styles.xml");
        var sheet = Load(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet")).FullName);
        XNamespace ns = sheet.Root!.Name.Namespace;
        var xfs = styles.Root!.Element(styles.Root.Name.Namespace + "cellXfs")!.Elements().ToList();
        var cols = sheet.Root.Element(ns + "cols")!.Elements(ns + "col").ToList();
        Assert.Equal(C.Importable.Length, cols.Count);
        Assert.All(cols, c => Assert.Equal("49", (string?)xfs[(int)c.Attribute("style")!].Attribute("numFmtId"))); // 49 is "@", text
        // The file still reads back: the header and the example row.
        Assert.Equal(C.Importable, Read(RosterSpreadsheet.Template())[0].Keys.ToArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnIdThatArrivesAsANumberIsRefusedWithTheTextFormatHint(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var row = new Dictionary<string, object?>
        {
            [C.Name] = "吴数", [C.Gender] = "男", [C.BirthDate] = "1975-03-18", [C.IdCard] = 510822197503180000d, [C.Levels] = "乡",
        };

        var result = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(row));

        var error = Assert.Single(result.Errors, e => e.Column == C.IdCard && e.Reason.Contains("请将该列设置为文本格式"));
        Assert.Equal(2, error.Row);
    }

    [Theory]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("138-0013-8000", "13800138000")]
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("0086-13800138000", "13800138000")]
    [InlineData("１３８００１３８０００", "13800138000")]
    [InlineData("（0571）8888 6666", "057188886666")]
    [InlineData("0571-88886666", "057188886666")]
    public void PhonesAreNormalised(string typed, string stored)
    {
        var input = new DeputyInput { Name = "甲", Gender = Gender.Male, Phone = typed };
        Assert.Empty(input.Validate(new DateOnly(2026, 12, 1)));
        Assert.Equal(stored, input.Phone);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportedPhonesAreNormalised(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var row = new Dictionary<string, object?>
        {
            [C.Name] = "郑电", [C.Gender] = "女", [C.BirthDate] = "1975-03-18", [C.Levels] = "乡", [C.Phone] = "+86 139-0000-1111",
        };
        Assert.True((await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(row))).Succeeded);
        await using var check = database.System();
        Assert.Equal("13900001111", (await check.Deputies.SingleAsync(d => d.Name == "郑电")).Phone);
    }
}
