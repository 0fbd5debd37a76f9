using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.Sessions;

namespace Township.Congress.Reports.Tests;

/// <summary>A township congress session as the minutes receive it: formatted strings, counted figures.</summary>
internal static class MinutesSampleData
{
    public const string SessionName = "城关镇第十三届人民代表大会第三次会议";

    private static readonly string[] LeaveReasons = ["因病住院", "外出务工", "因公出差", "家中有事", "在外地学习培训"];

    /// <summary>A session of <paramref name="deputies"/> deputies of whom <paramref name="onLeave"/> are on leave and <paramref name="absent"/> absent.</summary>
    public static SessionMinutesModel Session(int deputies = 48, int onLeave = 2, int absent = 1)
    {
        var names = RosterSampleData.Names(deputies);
        var leave = names.Skip(deputies - onLeave - absent).Take(onLeave)
            .Select((name, i) => new AbsenceNote(name, LeaveReasons[i % LeaveReasons.Length]))
            .ToList();
        var absentNames = names.Skip(deputies - absent).ToList();
        var present = deputies - onLeave - absent;
        var quorum = (int)Math.Ceiling(deputies * 2 / 3.0);

        return new SessionMinutesModel(
            "城关镇",
            SessionName,
            "2026年3月8日至9日，会期2天",
            "城关镇人民政府三楼会议室",
            "大会执行主席王建国；主席团成员李秀英、张志强、刘海燕",
            new SessionAttendance(deputies, present, onLeave, absent, quorum, present >= quorum, leave, absentNames),
            "镇人民政府领导班子成员，镇属各站所、各村（社区）党组织书记，县人大代表",
            [
                new(1, "听取和审议城关镇人民政府工作报告", "政府工作报告"),
                new(2, "审查和批准城关镇2025年财政预算执行情况和2026年财政预算", "财政预算报告"),
                new(3, "听取和审议城关镇人民代表大会主席团工作报告", "主席团工作报告"),
                new(4, "选举城关镇人民代表大会主席、副主席", "选举"),
                new(5, "票决2026年城关镇民生实事项目", "民生实事项目票决"),
            ],
            [
                new("关于城关镇人民政府工作报告的决议", present - 3, 2, 1, 0, true, "以全体代表的过半数通过"),
                new("关于城关镇2026年财政预算的决议", present - 1, 0, 1, 0, true, "以全体代表的过半数通过"),
                new("关于城关镇人民代表大会主席团工作报告的决议", present - 2, 1, 1, 0, true, "以全体代表的过半数通过"),
            ],
            [
                new("镇人民代表大会主席", 1, [new("王建国", present - 1)], ["王建国"]),
                new("镇人民代表大会副主席", 1, [new("李秀英", present - 10), new("欧阳春梅", 9)], ["李秀英"]),
            ],
            [
                new("政府工作报告", "代表们认为，报告实事求是、重点突出，建议进一步加大农村道路养护投入，解决东关村至西河村道路破损问题。"),
                new("政府工作报告", "建议加快推进农田水利设施建设，确保春耕用水。"),
                new("财政预算报告", "建议细化民生支出科目，提高预算编制的透明度，及时向代表通报预算执行情况。"),
            ],
            [
                "批准城关镇人民政府工作报告",
                "批准城关镇2025年财政预算执行情况和2026年财政预算",
                "确定2026年城关镇民生实事项目10项，由镇人民政府组织实施，主席团组织代表跟踪监督",
            ],
            new DocumentSignature("城关镇人民代表大会主席团", "2026年3月9日"),
            ["2026年3月8日至9日，城关镇第十三届人民代表大会第三次会议在镇人民政府三楼会议室召开。现将会议主要情况纪要如下："],
            ["会议在圆满完成各项议程后闭幕。"]);
    }

    /// <summary>Fourteen candidate projects, 10 to be chosen among 48 deputies (45 present): the first ten get most "for" votes, the 11th a majority but too few.</summary>
    public static MinutesProjectVote ProjectVote() => new(
        10,
        "赞成票超过全体代表48人的半数（25票）且按赞成票多少排在前10位的项目入选",
        BallotSampleData.Projects.Select((name, i) => i switch
        {
            < 10 => new MinutesProject(name, 44 - i, 1, 0, true),
            10 => new MinutesProject(name, 30, 10, 5, false),
            _ => new MinutesProject(name, 20 - i, 20, 5, false),
        }).ToList());
}
