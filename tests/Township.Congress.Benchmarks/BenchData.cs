using System.Globalization;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Places;
using Township.Congress.Security;
using C = Township.Congress.Deputies.RosterColumns;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Township.Congress.Benchmarks;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Deterministic input for the benchmarks: the minimal county a roster import needs, and a
/// roster workbook whose every row is valid against it.
/// </summary>
public static class BenchData
{
    public const string TownshipName = "城关镇";

    public static readonly string[] Villages =
        ["新民村", "红星村", "团结村", "胜利村", "和平村", "光明村", "前进村", "石堰村", "柳树村", "杨家村", "大坪村", "城关社区"];

    public static readonly string[] Groups =
        ["第一代表小组", "第二代表小组", "第三代表小组", "第四代表小组", "第五代表小组", "第六代表小组", "第七代表小组", "第八代表小组", "第九代表小组"];

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "欧阳", "司马"];

    private static readonly string[] GivenNames =
        ["伟", "强", "磊", "军", "建国", "建华", "国强", "志刚", "海峰", "文斌", "秀英", "桂兰", "玉珍", "春梅", "海燕", "红霞", "丽", "静", "晓东", "德华"];

    private static readonly string[] Ethnicities = ["汉族", "汉族", "汉族", "回族", "土家族", "藏族"];
    private static readonly string[] Affiliations = ["中共党员", "群众", "中共党员", "共青团员", "民主党派"];
    private static readonly string[] Educations = ["大学", "大专", "高中", "初中", "中专", "研究生"];
    private static readonly string[] Occupations = ["村党支部书记", "种植户", "教师", "乡村医生", "个体工商户", "企业职工", "乡镇干部"];
    private static readonly string[] Levels = ["乡", "乡", "乡", "乡、县", "乡、县、市"];

    /// <summary>
    /// Creates the tables in a new SQLite file and adds one county with one township, its
    /// current term, villages and deputy groups — no deputies. Returns the township's id.
    /// </summary>
    public static async Task<Guid> CreateDatabaseAsync(Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options)
    {
        await CongressDatabase.MigrateAsync(options);
        await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
        var county = new County { Name = "青川县", Region = "广元市" };
        var township = new Township { CountyId = county.Id, Name = TownshipName, Kind = TownshipKind.Zhen, Number = 1, Population = 30_000, AreaKm2 = 120 };
        db.Counties.Add(county);
        db.Townships.Add(township);
        db.Terms.Add(new Term { TownshipId = township.Id, Ordinal = 13, StartYear = 2021, EndYear = 2026, IsCurrent = true });
        db.Villages.AddRange(Villages.Select((name, i) => new Village { TownshipId = township.Id, Name = name, SortOrder = i + 1 }));
        db.DeputyGroups.AddRange(Groups.Select((name, i) => new DeputyGroup { TownshipId = township.Id, Name = name, SortOrder = i + 1 }));
        await db.SaveChangesAsync();
        return township.Id;
    }

    /// <summary>A roster workbook of <paramref name="count"/> valid, distinct deputies, with the import template's headers.</summary>
    public static byte[] RosterWorkbook(int count)
    {
        var random = new Random(20261126);
        var categories = DeputyLabels.Category.Values.ToArray();
        var rows = new List<Dictionary<string, object?>>(count);
        for (var i = 0; i < count; i++)
        {
            var female = random.Next(100) < 32;
            var birth = new DateOnly(1962, 1, 1).AddDays(random.Next(0, 365 * 38));
            // 6-digit area code + birth date + 3-digit sequence (odd for men, even for women) + check digit.
            // The running index keeps every number distinct: 10,000 rows need more than 1,000 sequences per day.
            var area = 510822 + i / 500;
            var sequence = (i % 500) * 2 + (female ? 0 : 1);
            var id17 = string.Create(CultureInfo.InvariantCulture, $"{area}{birth:yyyyMMdd}{sequence:D3}");
            var category = categories[random.Next(categories.Length)];
            rows.Add(new Dictionary<string, object?>
            {
                [C.Name] = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)] + (i % 3 == 0 ? "" : GivenNames[random.Next(GivenNames.Length)][..1]),
                [C.Gender] = female ? "女" : "男",
                [C.Ethnicity] = Ethnicities[random.Next(Ethnicities.Length)],
                [C.BirthDate] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [C.IdCard] = id17 + IdCard.CheckDigit(id17),
                [C.Affiliation] = Affiliations[random.Next(Affiliations.Length)],
                [C.Education] = Educations[random.Next(Educations.Length)],
                [C.Occupation] = Occupations[random.Next(Occupations.Length)],
                [C.Category] = category,
                [C.Levels] = Levels[random.Next(Levels.Length)],
                [C.Village] = Villages[random.Next(Villages.Length)],
                [C.WorkUnit] = category == "党政干部" ? $"{TownshipName}人民政府" : "",
                [C.Constituency] = $"第{ChineseNumerals.Format(i % 12 + 1)}选区",
                [C.Phone] = string.Create(CultureInfo.InvariantCulture, $"1{"3578"[random.Next(4)]}{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000)}"),
                [C.Group] = Groups[i % Groups.Length],
            });
        }
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: "代表名册");
        return stream.ToArray();
    }
}
