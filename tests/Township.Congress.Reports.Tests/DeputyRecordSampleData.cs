using System.Globalization;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.DeputyRecords;

namespace Township.Congress.Reports.Tests;

/// <summary>
/// Deputies' records and a township's 亮分表 as the web layer builds them; the amounts vary with the
/// deputy's index. Linked into the benchmarks too, so the benchmark prints the same documents the tests read.
/// </summary>
internal static class DeputyRecordSampleData
{
    public const string AsOf = "2026年11月30日";

    private static readonly string[] ActivityKinds = ["视察", "调研", "执法检查", "培训", "代表小组活动"];
    private static readonly string[] Places = ["农村公路建设", "饮水安全工程", "农贸市场改造", "义务教育学校", "养老服务中心", "河道治理"];
    private static readonly string[] States = ["已办结", "办理中", "已交办", "已答复"];
    private static readonly string[] Satisfaction = ["满意", "基本满意", "", "不满意"];
    private static readonly string[] Bands = ["优秀", "良好", "合格", "不合格"];
    private static readonly string[] Groups = ["第一代表小组", "第二代表小组", "第三代表小组", "第四代表小组", "第五代表小组"];

    public static IReadOnlyList<string> Kinds => ["基础分", "领衔建议", "附议建议", "视察调研", "接待选民", "向选民述职", "申报事项", "会议缺席"];

    /// <summary>The record of deputy <paramref name="index"/>; <paramref name="activities"/> null: a number that varies with the index.</summary>
    public static DeputyRecordPrintModel Record(string name, int index = 0, int? activities = null)
    {
        var activityCount = activities ?? 3 + (index % 9);
        var led = index % 4;
        var coSigned = index % 3;
        var absent = index % 11 == 5 ? 1 : 0;
        var onLeave = index % 7 == 3 ? 1 : 0;
        var sessions = new[] { ("城关镇第十三届人民代表大会第三次会议", "2026年3月8日至9日"), ("城关镇第十三届人民代表大会第四次会议", "2026年11月20日") };
        var activityRows = Enumerable.Range(0, activityCount).Select(a => new RecordActivityRow(
            $"2026年{(a % 11) + 1}月{(a % 27) + 1}日",
            $"{ActivityKinds[a % ActivityKinds.Length]}{Places[(a + index) % Places.Length]}情况",
            ActivityKinds[a % ActivityKinds.Length],
            a % 6 == 4 ? "请假（外出务工）" : a % 13 == 9 ? "缺席" : "出席")).ToList();
        var days = activityCount + 2 - absent - onLeave + (index % 5);
        var total = 60 + (led * 3) + coSigned + (activityCount * 2) - (absent * 3);
        return new DeputyRecordPrintModel(
            "城关镇",
            name,
            "2026年度",
            [
                new("性别", index % 3 == 0 ? "女" : "男"), new("民族", "汉族"),
                new("代表小组", Groups[index % Groups.Length]), new("所在村（社区）", "东关村"),
                new("工作单位及职务", index % 5 == 0 ? "城关镇东关村党支部书记、村民委员会主任" : "城关镇人民政府科员"), new("当选时间", "2021年12月"),
            ],
            new RecordSessions(2, 2 - absent - onLeave, onLeave, absent, index % 9 == 0 ? 1 : 0,
                sessions.Select((s, i) => new RecordSessionRow(s.Item1, s.Item2,
                    i == 0 && onLeave > 0 ? "请假（因病）" : i == 1 && absent > 0 ? "缺席" : "出席")).ToList()),
            new RecordActivities(
                ActivityKinds.Select(k => new RecordCount(k, activityRows.Count(r => r.Kind == k && r.Attendance == "出席"))).ToList(),
                activityRows),
            new RecordSuggestions(led, coSigned, Enumerable.Range(0, led + coSigned).Select(s => new RecordSuggestionRow(
                $"关于加强{Places[(s + index) % Places.Length]}的建议", s == 0 && index % 8 == 0 ? "议案" : "建议", s < led ? "领衔" : "附议",
                States[s % States.Length], Satisfaction[s % Satisfaction.Length])).ToList()),
            new RecordVoterContact(8 + (index % 13), index % 3, 2 + (index % 4),
                index % 4 == 1 ? [] : [new RecordVoterReport("2026年6月18日", "向东关村选民述职", "称职（称职票86.7%）")]),
            new RecordDuty(days, "每年不少于10天",
                Enumerable.Range(1, 12).Select(m => new RecordCount($"{m}月", (m + index) % 4 == 0 ? 0 : (m + index) % 3 + 1)).ToList()),
            index % 2 == 0 ? [new RecordDeclaredItem("2026年7月2日", "发现并报告东关村桥梁安全隐患", "代表发现", "已同意")] : [],
            days < 10 ? [new RecordFlag("履职天数不足", $"全年履职天数少于10天，本年度{days}天")]
                : led + coSigned == 0 ? [new RecordFlag("未提出建议或发表意见", "全年未领衔或附议建议，活动中未发表意见")] : [],
            new RecordPoints(
                [
                    new("基础分", "", "", "60"),
                    new("领衔建议", Number(led), "+3", Number(led * 3)),
                    new("附议建议", Number(coSigned), "+1", Number(coSigned)),
                    new("参加视察、调研等活动", Number(activityCount), "+2", Number(activityCount * 2), "全年上限20分"),
                    new("会议缺席（未请假）", Number(absent), "-3", absent > 0 ? "-3" : "0"),
                ],
                Number(total), Band(total), $"排名第{Number(index + 1)}名（共160名）"),
            new DocumentSignature("城关镇人大主席团", AsOf));
    }

    /// <summary>One record per name, as the township batch prints them.</summary>
    public static IReadOnlyList<DeputyRecordPrintModel> Batch(IReadOnlyList<string> names) => names.Select((n, i) => Record(n, i)).ToList();

    public static PointsTablePrintModel PointsTable(IReadOnlyList<string> names) => new(
        "城关镇",
        "2026年第三季度",
        Kinds,
        names.Select((n, i) =>
        {
            var total = 95 - (i * 40 / Math.Max(1, names.Count));
            return new PointsTableRow(Number(i + 1), n, Groups[i % Groups.Length],
                ["60", Number(3 * (i % 4)), Number(i % 3), Number(2 * (i % 6)), Number(2 * (i % 2)), i % 4 == 1 ? "0" : "5", i % 2 == 0 ? "2" : "0", i % 11 == 5 ? "-3" : "0"],
                Number(total), Band(total));
        }).ToList(),
        ["基础分60分；领衔建议每件加3分，附议每件加1分；参加视察、调研每次加3分；参加代表接待日每天加2分；向选民述职加5分；无故缺席会议每半天减1分",
         "总分85分以上为“优秀”，70分以上为“良好”，60分以上为“合格”，不足60分为“不合格”"],
        new DocumentSignature("城关镇人大主席团", "2026年9月30日"));

    private static string Band(int total) => total >= 85 ? Bands[0] : total >= 70 ? Bands[1] : total >= 60 ? Bands[2] : Bands[3];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
