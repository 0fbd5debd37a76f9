using Township.Congress.Reports.Documents.Suggestions;

namespace Township.Congress.Reports.Tests;

internal static class SuggestionSampleData
{
    public const string Issuer = "城关镇人民代表大会主席团";

    public const string Text =
        "东关村至西河村的村道是两村群众出行和农产品外运的主要通道，全长约3.2公里，修建于2009年，路面宽仅4.5米。\n"
        + "近年来，随着大型农用车辆和运输车辆增多，路面多处开裂、坑洼，雨天积水严重，已发生多起车辆侧滑事故，群众反映强烈。\n"
        + "为此建议：一是由镇人民政府牵头，将该路段纳入2026年农村公路提升改造计划；二是对沿线排水沟进行清淤和硬化，解决雨天积水问题；三是在急弯、学校路段增设警示标志和减速带。";

    public static AssignmentLetterModel Letter() => new(
        "城关镇",
        Issuer,
        "城关人大交〔2026〕17号",
        "城关镇农业农村办公室",
        IsCoUnit: false,
        ["城关镇财政所", "城关镇应急管理办公室"],
        "2026-017",
        "建议",
        "关于修缮东关村至西河村道路的建议",
        Text,
        "王建国",
        ["李秀英", "欧阳春梅", "阿依古丽·买买提"],
        "农业农村",
        "城关镇第十三届人民代表大会第三次会议期间",
        "2026年3月2日",
        "2026年6月2日",
        IsRehandling: false,
        "2026年3月2日");

    public static AssignmentLetterModel CoUnitLetter() => Letter() with
    {
        UnitName = "城关镇财政所",
        IsCoUnit = true,
        LeadUnitName = "城关镇农业农村办公室",
    };

    public static AssignmentLetterModel Rehandling() => Letter() with
    {
        IsRehandling = true,
        LetterNumber = "城关人大交〔2026〕31号",
        AssignedOnText = "2026年7月6日",
        DeadlineText = "2026年8月6日",
        SignedOnText = "2026年7月6日",
        Remarks = "请于2026年7月20日前将重新办理的工作方案报镇人大主席团",
    };

    /// <summary>A suggestion long enough to run from the attachment page over two more.</summary>
    public static AssignmentLetterModel LongText() => Letter() with
    {
        Text = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"（{i}）" + Text.Replace("\n", string.Empty, StringComparison.Ordinal))),
    };

    public static ReplyFormModel Form() => ReplyFormModel.For(Letter());

    /// <summary>Everything that could make the form grow: a long title, many co-signers and co-units.</summary>
    public static ReplyFormModel CrowdedForm() => Form() with
    {
        Title = "关于进一步加强城关镇农村人居环境整治、完善生活垃圾收运处置体系并建立长效管护机制的建议",
        CoSigners = ["李秀英", "欧阳春梅", "阿依古丽·买买提", "张志强", "刘海燕", "陈德华", "司马晓东", "赵丽华", "孙建军", "周晓梅"],
        CoUnitNames = ["城关镇财政所", "城关镇应急管理办公室", "城关镇综合行政执法队", "城关镇社会事务办公室"],
    };
}
