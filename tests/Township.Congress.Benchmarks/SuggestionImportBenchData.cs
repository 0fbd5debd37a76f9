using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using C = Township.Congress.Suggestions.SuggestionImport.Columns;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Township.Congress.Benchmarks;

/// <summary>The township a gathered-suggestions import lands in, and a sheet whose every row is valid against it.</summary>
public static partial class SuggestionBenchData
{
    public const int RosterSize = 160;
    public const int ExistingItems = 300;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
    private static readonly string[] GivenNames = ["建国", "秀英", "国强", "桂兰", "志刚", "玉珍", "海峰", "春梅", "文斌", "红霞"];
    private static readonly string[] CategoryNames = ["农村道路", "农田水利", "教育", "医疗卫生", "社会保障", "产业发展"];

    /// <summary>160 distinct names: a name in the sheet must point at one deputy.</summary>
    private static string DeputyName(int i) => Surnames[i % Surnames.Length] + GivenNames[i / Surnames.Length % GivenNames.Length];

    /// <summary>
    /// A migrated database with one county, one township, its current term, 160 deputies, the
    /// county's categories and <see cref="ExistingItems"/> items of this year: what a township has
    /// when the gathered sheets of a reception day arrive.
    /// </summary>
    public static async Task<Guid> CreateTownshipWithRosterAsync(DbContextOptions<CongressDbContext> options)
    {
        var townshipId = await BenchData.CreateDatabaseAsync(options);
        await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
        var township = await db.Townships.SingleAsync(t => t.Id == townshipId);
        var term = await db.Terms.SingleAsync(t => t.TownshipId == townshipId);
        var deputies = Enumerable.Range(0, RosterSize).Select(i => new Deputy
        {
            TownshipId = townshipId, TermId = term.Id, Name = DeputyName(i), StatusSince = new DateOnly(2021, 12, 20),
        }).ToList();
        db.Deputies.AddRange(deputies);
        db.SuggestionCategories.AddRange(CategoryNames.Select((n, i) => new SuggestionCategory { CountyId = township.CountyId, Name = n, SortOrder = i + 1 }));
        for (var i = 0; i < ExistingItems; i++)
        {
            var item = new Suggestion
            {
                TownshipId = townshipId, Year = 2026, Sequence = i + 1, Kind = SuggestionKind.Suggestion, SubmittedOn = new DateOnly(2026, 1, 5),
                LeadDeputyId = deputies[i % RosterSize].Id, LeadDeputyName = deputies[i % RosterSize].Name,
            };
            item.SetContent($"关于{Villages[i % Villages.Length]}村第{i + 1}号事项的建议", Fillers[i % Fillers.Length]);
            db.Suggestions.Add(item);
        }
        await db.SaveChangesAsync();
        return townshipId;
    }

    /// <summary><paramref name="count"/> distinct, valid rows: a lead deputy, one or two co-signers, a category and a date of this year.</summary>
    public static byte[] GatheredWorkbook(int count)
    {
        var random = new Random(20261201);
        var rows = new List<Dictionary<string, object?>>(count);
        for (var i = 0; i < count; i++)
        {
            var lead = random.Next(RosterSize);
            var village = Villages[random.Next(Villages.Length)] + "村";
            var core = Cores[random.Next(Cores.Length)].Replace("{v}", village);
            rows.Add(new Dictionary<string, object?>
            {
                // The running number keeps every row distinct, as the gathered sheets of a county's reception days are.
                [C.Title] = $"关于{core}的建议（第{i + 1}条）",
                [C.Text] = $"{village}{Fillers[random.Next(Fillers.Length)]}{core}一事关系群众切身利益。{Fillers[random.Next(Fillers.Length)]}",
                [C.Category] = CategoryNames[random.Next(CategoryNames.Length)],
                [C.LeadDeputy] = DeputyName(lead),
                [C.CoSigners] = string.Join("、", Enumerable.Range(1, 1 + random.Next(2)).Select(k => DeputyName((lead + k * 7) % RosterSize))),
                [C.Source] = "联系选民",
                [C.SourceNote] = $"{1 + i % 11}月代表接待日",
                [C.SubmittedOn] = new DateOnly(2026, 1 + i % 11, 1 + i % 28).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: "建议收集表");
        return stream.ToArray();
    }
}
