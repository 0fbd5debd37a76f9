using Township.Congress.Reports.Documents.Appraisals;
using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Tests;

/// <summary>An appraisal of five stations, one rated 不满意 with its order, as the web layer builds it.</summary>
internal static class AppraisalSampleData
{
    private const string Rule = "“满意”票超过投票人数50%的为“满意”；“满意”与“基本满意”票之和超过投票人数50%的为“基本满意”；其余为“不满意”。测评为“不满意”的，限期整改";

    public static AppraisalResultModel Result() => new(
        "关于2026年度站所工作评议结果的通报",
        ["2026年9月1日至2026年11月20日，城关镇人大主席团组织开展2026年度站所工作评议，对5个对象进行评议，听取工作汇报5次，组织代表视察调研3次，30名代表参加满意度测评。现将评议结果通报如下"],
        [
            new("1", "县供电公司城关供电所", 26, 3, 1, "86.7%", "96.7%", "满意"),
            new("2", "县公安局城关派出所", 24, 5, 1, "80.0%", "96.7%", "满意"),
            new("2", "县自然资源局城关国土所", 24, 5, 1, "80.0%", "96.7%", "满意"),
            new("4", "城关镇农业综合服务中心", 13, 12, 5, "43.3%", "83.3%", "基本满意"),
            new("5", "县市场监管局城关市场监管所", 6, 8, 16, "20.0%", "46.7%", "不满意"),
        ],
        Rule,
        [new("县市场监管局城关市场监管所", "在2026年度站所工作评议中测评为“不满意”，限期整改。", "2027年2月28日")],
        new DocumentSignature("城关镇人大主席团", "2026年11月25日"));

    public static AppraisalBallotModel Ballot() => new("城关镇人大主席团", "2026年度站所工作评议满意度测评表",
        ["县供电公司城关供电所", "县公安局城关派出所", "县自然资源局城关国土所", "城关镇农业综合服务中心", "县市场监管局城关市场监管所", "刘志强（副镇长）"],
        [Rule, "未划、多划或无法辨认的，视为对该对象未投票。", "测评表由监票人当场收回，当众计票。"]);
}
