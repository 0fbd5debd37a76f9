using Npgsql;
using NpgsqlTypes;
using Township.Congress.Data;
using Township.Congress.Places;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Benchmarks;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>A county of 15 townships and a bulk load of items shaped like the demo county's.</summary>
public static partial class SuggestionBenchData
{
    private static readonly string[] Cores =
    [
        "硬化{v}通组道路", "维修{v}破损村道", "在{v}急弯路段增设安全护栏", "修缮{v}灌溉渠系", "整治{v}山坪塘",
        "改善中心小学办学条件", "解决{v}学生上学交通安全问题", "加强{v}卫生室建设", "增配卫生院医务人员", "提高农村低保保障水平",
        "建设{v}老年人日间照料中心", "增设{v}垃圾收集点", "整治{v}生活污水直排", "扶持{v}特色种植产业", "建设{v}农产品冷链仓储设施",
        "在{v}路口安装视频监控", "加强集镇交通秩序管理", "改造集镇老旧供水管网", "加快{v}农村危房改造", "丰富{v}群众文化生活",
    ];

    private static readonly string[] Villages = ["新民", "红星", "团结", "胜利", "和平", "光明", "前进", "石堰", "柳树", "杨家", "大坪", "松林", "桃园", "龙泉"];

    private static readonly string[] Fillers =
    [
        "群众多次向代表反映，该问题长期未能解决，影响群众生产生活。",
        "经代表实地走访调查，涉及农户一百余户，群众意见较大。",
        "建议有关部门统筹资金、明确责任、限期落实，并及时向代表和群众反馈办理情况。",
        "此事已在代表小组活动中进行了专题讨论，大家一致认为应尽快解决。",
        "希望政府高度重视，把这件事作为为民办实事的重要内容抓紧抓好。",
    ];

    public static async Task<List<Guid>> SeedCountyAsync(Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options)
    {
        await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
        var county = new County { Name = "青川县", Region = "广元市" };
        db.Counties.Add(county);
        var townships = Enumerable.Range(1, 15).Select(n => new Township
        {
            CountyId = county.Id, Name = $"第{n}乡", Kind = TownshipKind.Xiang, Number = n,
        }).ToList();
        db.Townships.AddRange(townships);
        await db.SaveChangesAsync();
        return townships.Select(t => t.Id).ToList();
    }

    /// <summary>Binary COPY of <paramref name="count"/> items, numbered per township and year, in states of a real spread.</summary>
    public static async Task CopyItemsAsync(NpgsqlConnection connection, List<Guid> townships, int count)
    {
        var random = new Random(20261126);
        var today = new DateOnly(2026, 11, 26);
        var sequences = new Dictionary<(Guid, int), int>();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Suggestions\" (\"Id\", \"TownshipId\", \"Year\", \"Sequence\", \"Kind\", \"Title\", \"Text\", \"SearchText\", \"SearchTerms\", \"LeadDeputyName\", " +
            "\"FromPresidium\", \"SubmittedOn\", \"Source\", \"SourceNote\", \"IsComplex\", \"State\", \"ReviewReason\", \"MergedSourceCount\", " +
            "\"IsKeyItem\", \"Supervisor\", \"Round\", \"AssignedOn\", \"Deadline\", \"Version\") FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var township = townships[random.Next(townships.Count)];
            var year = 2007 + random.Next(20);
            var key = (township, year);
            var sequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
            var village = Villages[random.Next(Villages.Length)] + "村";
            var core = Cores[random.Next(Cores.Length)].Replace("{v}", village);
            var title = $"关于{core}的建议";
            var text = $"{village}{Fillers[random.Next(Fillers.Length)]}{core}一事关系群众切身利益。"
                + string.Concat(Enumerable.Range(0, 3).Select(_ => Fillers[random.Next(Fillers.Length)]));
            var submitted = new DateOnly(year, 1, 1).AddDays(random.Next(360));
            if (submitted > today) submitted = today.AddDays(-random.Next(300));
            var age = today.DayNumber - submitted.DayNumber;
            var state = age > 200 ? SuggestionState.Closed : age > 120 ? SuggestionState.Answered : age > 10 ? SuggestionState.Handling : SuggestionState.Submitted;
            DateOnly? assigned = state == SuggestionState.Submitted ? null : submitted.AddDays(7);
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(township, NpgsqlDbType.Uuid);
            await writer.WriteAsync(year, NpgsqlDbType.Integer);
            await writer.WriteAsync(sequence, NpgsqlDbType.Integer);
            await writer.WriteAsync(nameof(SuggestionKind.Suggestion), NpgsqlDbType.Varchar);
            await writer.WriteAsync(title, NpgsqlDbType.Varchar);
            await writer.WriteAsync(text, NpgsqlDbType.Varchar);
            var searchText = Suggestion.SearchTextOf(title, text);
            await writer.WriteAsync(searchText, NpgsqlDbType.Varchar);
            await writer.WriteAsync(string.Join(' ', SearchBigrams.Of(searchText)), NpgsqlDbType.Text);
            await writer.WriteAsync("张建国", NpgsqlDbType.Varchar);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync(submitted, NpgsqlDbType.Date);
            await writer.WriteAsync(nameof(SuggestionSource.Deputy), NpgsqlDbType.Varchar);
            await writer.WriteAsync("", NpgsqlDbType.Varchar);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync(state.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync("", NpgsqlDbType.Varchar);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync("", NpgsqlDbType.Varchar);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
            if (assigned is { } a)
            {
                await writer.WriteAsync(a, NpgsqlDbType.Date);
                await writer.WriteAsync(SuggestionRules.Deadline(a, false), NpgsqlDbType.Date);
            }
            else
            {
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
            }
            await writer.WriteAsync(0L, NpgsqlDbType.Bigint);
        }
        await writer.CompleteAsync();
    }
}
