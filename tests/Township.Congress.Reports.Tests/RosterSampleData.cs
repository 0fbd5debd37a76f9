using Township.Congress.Reports.Documents;

namespace Township.Congress.Reports.Tests;

/// <summary>A realistic roster: unique Chinese names (including compound surnames and a Uyghur name with "·").</summary>
internal static class RosterSampleData
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "欧阳", "司马"];
    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽", "海燕", "伟", "春梅", "德华", "晓东", "桂兰", "明", "玉珍", "红霞", "国庆", "文斌", "静"];
    private static readonly string[] Ethnicities = ["汉族", "回族", "维吾尔族", "土家族", "汉族", "汉族"];
    private static readonly string[] Educations = ["大学本科", "大专", "高中", "初中", "研究生", "中专"];
    private static readonly string[] Categories = ["党政干部", "专业技术人员", "工人", "农民", "企业负责人", "村（社区）干部"];
    private static readonly string[] Villages = ["东关村", "西河村", "南岗社区", "北山村", "红旗村", "团结社区", "幸福村", "新华村"];
    private static readonly string[] Levels = ["乡", "乡、县", "乡", "乡、县、市"];

    public static IReadOnlyList<string> Names(int count)
    {
        var names = new List<string> { "阿依古丽·买买提" };
        for (var i = 0; names.Count < count; i++)
        {
            names.Add(Surnames[i % Surnames.Length] + GivenNames[i / Surnames.Length % GivenNames.Length]);
        }

        return names;
    }

    public static RosterPrintModel Model(int deputies = 160, int groups = 9, int ungrouped = 4)
    {
        var rows = Names(deputies)
            .Select((name, i) => new RosterPrintRow(
                name,
                i % 3 == 0 ? "女" : "男",
                Ethnicities[i % Ethnicities.Length],
                $"{1960 + (i % 35)}年{(i % 12) + 1}月",
                i % 2 == 0 ? "中共党员" : "群众",
                i % 5 == 0 ? $"城关镇{Villages[i % Villages.Length]}党支部书记、村民委员会主任" : $"城关镇人民政府第{(i % 7) + 1}办公室科员",
                Educations[i % Educations.Length],
                Categories[i % Categories.Length],
                Villages[i % Villages.Length],
                Levels[i % Levels.Length],
                i % 4 == 0 ? "138****" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"1390{(1000000 + (i * 137)).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                i % 40 == 39 ? "已终止" : "在任"))
            .ToList();

        var grouped = rows.Count - ungrouped;
        var result = new List<RosterPrintGroup>();
        for (var g = 0; g < groups; g++)
        {
            var members = rows.Take(grouped).Where((_, i) => i % groups == g).ToList();
            result.Add(new RosterPrintGroup($"第{"一二三四五六七八九十"[g % 10]}代表小组", members));
        }

        result.Add(new RosterPrintGroup(string.Empty, rows.Skip(grouped).ToList()));
        return new RosterPrintModel("城关镇", "第十三届", "2026年11月26日", result);
    }
}
