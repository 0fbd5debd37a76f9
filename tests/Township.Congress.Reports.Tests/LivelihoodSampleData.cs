using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.LivelihoodProjects;

namespace Township.Congress.Reports.Tests;

/// <summary>Five projects one session chose, as the web layer builds them: one done and voted, one with an overdue milestone.</summary>
internal static class LivelihoodSampleData
{
    public static LivelihoodProgressModel Progress() => new(
        "城关镇2026年度民生实事项目完成情况",
        "城关镇第十九届人民代表大会第五次会议于2026年3月8日票决产生2026年度民生实事项目5件。截至2026年11月20日，已完成1件，实施中4件，其中1件有节点逾期未完成。现将各项目实施情况列表如下。",
        "2026年11月20日",
        [
            new("城关镇老旧小区雨污分流改造工程", "城关镇村镇建设服务中心", "320", "王建国", "李秀英",
            [
                new("立项批复", "3月31日", "3月28日", false), new("施工招标", "5月15日", "5月20日", false),
                new("主体施工", "9月30日", "", true), new("竣工验收", "12月20日", "", false),
            ], "40%", "实施中", "未测评"),
            new("农村公路安全生命防护工程", "县交通运输局", "150.5", "张卫东", "陈志刚",
            [new("勘察设计", "4月10日", "4月8日", false), new("施工", "8月31日", "8月25日", false), new("验收", "10月31日", "10月30日", false)],
            "100%", "已完成", "满意\n（42／5／1）"),
            new("镇卫生院发热门诊改造", "城关镇卫生院", "80", "刘红梅", "赵丽娟", [new("设备采购", "6月30日", "6月18日", false), new("改造施工", "12月15日", "", false)],
                "50%", "实施中", "未测评"),
            new("中心小学食堂提升", "城关镇中心小学", "65", "孙立新", "周晓燕", [], "0%", "实施中", "未测评"),
            new("集镇路灯亮化", "城关镇综合行政执法队", "45", "王建国", "欧阳明月", [new("安装", "11月30日", "", false)], "0%", "实施中", "未测评"),
        ],
        "注：完成进度按节点权重计算，即已完成节点的权重之和除以全部节点的权重之和；计划日期已过仍未完成的节点为逾期。满意度测评括号内依次为满意、基本满意、不满意票数。",
        new DocumentSignature("城关镇人民代表大会主席团", "2026年11月20日"));
}
