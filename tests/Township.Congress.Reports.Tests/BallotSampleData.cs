using Township.Congress.Reports.Documents.Sessions;

namespace Township.Congress.Reports.Tests;

internal static class BallotSampleData
{
    public static BallotModel ChairElection() => new(
        MinutesSampleData.SessionName,
        "城关镇人民代表大会主席选举票",
        "应选1名",
        "候选人姓名",
        ["王建国"],
        [],
        [
            "在候选人姓名下方的空格内，赞成的划“○”，反对的划“×”，弃权的不划任何符号。",
            "如另选他人，在“另选人”下方的空格内写上另选人姓名，并在其姓名后划“○”。",
            "所选人数等于或少于应选人数的为有效票，多于应选人数的为无效票。",
        ],
        WriteInSlots: 1);

    public static BallotModel PresidiumElection() => new(
        MinutesSampleData.SessionName,
        "城关镇人民代表大会主席团成员选举票",
        "应选7名",
        "候选人姓名",
        ["王建国", "李秀英", "张志强", "刘海燕", "陈德华", "欧阳春梅", "阿依古丽·买买提", "司马晓东"],
        [],
        ["在候选人姓名下方的空格内，赞成的划“○”，反对的划“×”，弃权的不划任何符号。"]);

    public static BallotModel ConfirmationVote() => new(
        MinutesSampleData.SessionName,
        "城关镇人民代表大会副主席选举票",
        "应选1名",
        "候选人姓名",
        ["李秀英"],
        ["同意", "不同意", "弃权"],
        ["在候选人姓名后相应的空格内划“○”，每名候选人只能划一处，多划或不划的视为弃权。"]);

    public static BallotModel ProjectVote(int projects = 14) => new(
        MinutesSampleData.SessionName,
        "2027年城关镇民生实事项目票决票",
        "应选10项",
        "候选项目",
        Projects.Take(projects).ToList(),
        ["赞成", "反对", "弃权"],
        [
            "在每个项目后“赞成”“反对”“弃权”中选择一项，在相应的空格内划“○”。",
            "赞成票超过全体代表半数、且按得票多少排在前10位的项目当选。",
        ]);

    public static readonly string[] Projects =
    [
        "东关村至西河村道路硬化工程（全长3.2公里）",
        "南岗社区老年人日间照料中心建设",
        "北山村饮水安全巩固提升工程",
        "镇中心小学运动场改造",
        "红旗村农田水利渠道维修",
        "团结社区背街小巷路灯安装",
        "幸福村村卫生室标准化建设",
        "新华村垃圾分类收集点建设",
        "集镇农贸市场提升改造",
        "农村危房改造（20户）",
        "镇区公共停车场建设",
        "西河村河道清淤及护岸工程",
        "南岗社区文化广场建设",
        "全镇主干道交通安全设施完善",
    ];
}
