using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Tests.Deputies;

public class RosterImportTests
{
    private static Dictionary<string, object?> Row(string name, string gender = "男", string birth = "1975-03-18", string idCard = "",
        string category = "农民", string village = "新民村", string group = "第一代表小组", string phone = "") => new()
    {
        [C.Name] = name, [C.Gender] = gender, [C.Ethnicity] = "汉族", [C.BirthDate] = birth, [C.IdCard] = idCard,
        [C.Affiliation] = "群众", [C.Education] = "高中", [C.Occupation] = "", [C.Category] = category, [C.Levels] = "乡",
        [C.Village] = village, [C.WorkUnit] = "", [C.Constituency] = "第一选区", [C.Phone] = phone, [C.Group] = group,
    };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThreeBadRowsAreAllReportedAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var result = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(
            Row("刘一"),
            Row("陈二", gender: "未知"),
            Row("杨三"),
            Row("周四", birth: "1975-13-45"),
            Row("吴五", village: "不存在村"),
            Row("郑六")));

        Assert.False(result.Succeeded);
        Assert.Equal([(3, C.Gender), (5, C.BirthDate), (6, C.Village)], result.Errors.Select(e => (e.Row, e.Column)).ToArray());
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        await using var check = database.System();
        Assert.Equal(3, await check.Deputies.CountAsync(d => d.TownshipId == county.One.Id));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReimportingTheSameFileUpdatesInsteadOfDuplicating(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var id17 = "51082219750318001";
        var rows = new[] { Row("刘一", idCard: id17 + IdCard.CheckDigit(id17), phone: "13900001111"), Row("陈二", birth: "1980-01-02") };

        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var first = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(rows));
            Assert.Equal((2, 0), (first.Created, first.Updated));
        }
        rows[0][C.Category] = "村社干部";
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var second = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(rows));
            Assert.Equal((0, 2), (second.Created, second.Updated));
        }
        await using var check = database.System();
        Assert.Equal(5, await check.Deputies.CountAsync(d => d.TownshipId == county.One.Id));
        var liu = await check.Deputies.SingleAsync(d => d.Name == "刘一");
        Assert.Equal(DeputyCategory.VillageCadre, liu.Category);
        Assert.Equal(county.VillageOfOne.Id, liu.VillageId);
        Assert.Equal(county.GroupOfOne.Id, liu.GroupId);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportedRosterReadsBackWithChineseHeaders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.ChairOfOne);

        var bytes = await RosterSpreadsheet.ExportAsync(db, county.One.Id);
        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => (string)r[C.Name] == "张建国" && (string)r[C.Phone] == "138****5678" && (string)r[C.Group] == "第一代表小组");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AFileThatIsNoSpreadsheetIsOneClearError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var result = await new RosterImport(db).ImportAsync(county.One.Id, new MemoryStream("不是表格"u8.ToArray()));

        var error = Assert.Single(result.Errors);
        Assert.Contains(".xlsx", error.Reason);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DuplicateRowsInOneFileAreReported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var result = await new RosterImport(db).ImportAsync(county.One.Id, Sheets.Of(Row("刘一"), Row("刘一")));

        Assert.Equal([(3, C.Name)], result.Errors.Select(e => (e.Row, e.Column)).ToArray());
    }
}
