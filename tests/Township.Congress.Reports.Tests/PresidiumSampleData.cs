using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.Presidium;

namespace Township.Congress.Reports.Tests;

internal static class PresidiumSampleData
{
    public static PresidiumMinutesModel Meeting() => new(
        "城关镇",
        "城关镇人大主席团2026年第一次会议",
        "2026年1月15日上午9时",
        "城关镇人民政府二楼会议室",
        "镇人大主席王建国",
        ["王建国", "李秀英", "张志强", "刘海燕", "陈德华"],
        [new AbsenceNote("欧阳春梅", "因公出差"), new AbsenceNote("司马晓东", "因病请假")],
        "镇人大办公室工作人员",
        [
            "研究城关镇第十三届人民代表大会第三次会议筹备工作",
            "听取2025年代表建议办理情况的汇报",
            "审议2026年代表活动计划",
        ],
        [
            "会议定于2026年3月8日至9日召开城关镇第十三届人民代表大会第三次会议，会期2天",
            "对办理结果不满意的3件建议，交镇人民政府重新办理，并在一个月内答复代表",
            "原则通过2026年代表活动计划，由各代表小组按计划组织实施",
        ],
        [
            new FollowUpAction("起草大会主席团工作报告", "李秀英", "2026年2月28日前", "推进中"),
            new FollowUpAction("督办不满意建议重新办理", "张志强", "2026年2月15日前", "未启动"),
            new FollowUpAction("印发2026年代表活动计划", "刘海燕", "2026年1月31日前", "已完成"),
        ],
        new DocumentSignature("城关镇人大主席团", "2026年1月15日"),
        RecordedBy: "陈德华");
}
