using System.Globalization;
using Township.Congress.Reports.Documents;

namespace Township.Congress.Benchmarks;

/// <summary>A realistic print model: nine deputy groups, a few ungrouped deputies, long work units that wrap.</summary>
public static class RosterModels
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "欧阳", "司马"];
    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽", "海燕", "伟", "春梅", "德华", "晓东", "桂兰", "明", "玉珍", "红霞", "国庆", "文斌", "静"];
    private static readonly string[] Ethnicities = ["汉族", "回族", "维吾尔族", "土家族", "汉族", "汉族"];
    private static readonly string[] Educations = ["大学", "大专", "高中", "初中", "研究生", "中专"];
    private static readonly string[] Categories = ["党政干部", "专业技术人员", "工人", "农民", "企业负责人", "村社干部"];
    private static readonly string[] Levels = ["乡", "乡、县", "乡", "乡、县、市"];

    public static RosterPrintModel Create(int deputies, int groups = 9, int ungrouped = 4)
    {
        var rows = new List<RosterPrintRow>(deputies);
        for (var i = 0; i < deputies; i++)
        {
            var name = i == 0 ? "阿依古丽·买买提" : Surnames[i % Surnames.Length] + GivenNames[i / Surnames.Length % GivenNames.Length];
            var village = BenchData.Villages[i % BenchData.Villages.Length];
            rows.Add(new RosterPrintRow(
                name,
                i % 3 == 0 ? "女" : "男",
                Ethnicities[i % Ethnicities.Length],
                $"{1960 + (i % 35)}年{(i % 12) + 1}月",
                i % 2 == 0 ? "中共党员" : "群众",
                i % 5 == 0 ? $"城关镇{village}党支部书记、村民委员会主任" : $"城关镇人民政府第{(i % 7) + 1}办公室科员",
                Educations[i % Educations.Length],
                Categories[i % Categories.Length],
                village,
                Levels[i % Levels.Length],
                "1390" + (1_000_000 + (i * 137)).ToString(CultureInfo.InvariantCulture),
                "在任"));
        }

        var grouped = rows.Count - ungrouped;
        var result = new List<RosterPrintGroup>();
        for (var g = 0; g < groups; g++)
        {
            result.Add(new RosterPrintGroup(BenchData.Groups[g % BenchData.Groups.Length], rows.Take(grouped).Where((_, i) => i % groups == g).ToList()));
        }
        result.Add(new RosterPrintGroup("", rows.Skip(grouped).ToList()));
        return new RosterPrintModel(BenchData.TownshipName, "第十三届", "2026年11月26日", result);
    }
}
