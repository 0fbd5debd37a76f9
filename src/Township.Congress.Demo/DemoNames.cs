using Township.Congress.Places;

namespace Township.Congress.Demo;

/// <summary>Word lists for the demo county. Fictional, but shaped like a real county's.</summary>
internal static class DemoNames
{
    public const string CountyName = "青川县";
    public const string Region = "广元市";

    public static readonly (string Name, TownshipKind Kind)[] Townships =
    [
        ("城关镇", TownshipKind.Zhen), ("青山乡", TownshipKind.Xiang), ("河口镇", TownshipKind.Zhen),
        ("石桥乡", TownshipKind.Xiang), ("白龙镇", TownshipKind.Zhen), ("金竹乡", TownshipKind.Xiang),
        ("马鹿回族乡", TownshipKind.EthnicXiang), ("沙洲镇", TownshipKind.Zhen), ("观音乡", TownshipKind.Xiang),
        ("黄坪乡", TownshipKind.Xiang), ("乔庄镇", TownshipKind.Zhen), ("木鱼镇", TownshipKind.Zhen),
        ("姚渡乡", TownshipKind.Xiang), ("红光乡", TownshipKind.Xiang), ("板桥镇", TownshipKind.Zhen),
    ];

    /// <summary>Deputies per township: 50–160, about 790 in all, township 1 the largest.</summary>
    public static readonly int[] DeputyCounts = [72, 50, 51, 50, 52, 50, 50, 51, 50, 53, 50, 50, 51, 55, 56];

    public static readonly string[] VillageStems =
    [
        "新民", "红星", "团结", "胜利", "和平", "光明", "前进", "石堰", "柳树", "杨家", "李家", "大坪", "小河", "松林",
        "桃园", "龙泉", "凤凰", "青龙", "白果", "枫香", "梨树", "中心", "东风", "幸福",
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜",
    ];

    public static readonly string[] MaleGiven =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "建国", "建华", "国强", "志刚", "海峰", "文斌",
        "德明", "永福", "春生", "德华", "红军", "光荣", "长江", "玉山", "金贵", "福林", "大勇", "世平", "学文", "家富",
    ];

    public static readonly string[] FemaleGiven =
    [
        "芳", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "桂英", "秀英", "玉兰", "春梅", "红梅", "丽华", "淑芬", "晓燕",
        "雪梅", "海燕", "美玲", "小红", "金凤", "翠花", "秀珍",
    ];

    public static readonly (string Name, int Weight)[] Ethnicities = [("汉族", 86), ("回族", 8), ("土家族", 3), ("苗族", 2), ("藏族", 1)];
    public static readonly (string Name, int Weight)[] Affiliations = [("中共党员", 62), ("群众", 30), ("共青团员", 3), ("民主党派", 5)];
    public static readonly (string Name, int Weight)[] Educations =
        [("研究生", 2), ("大学", 18), ("大专", 25), ("中专", 12), ("高中", 20), ("初中", 20), ("小学", 3)];

    public static readonly string[] Occupations =
        ["乡镇党委书记", "乡镇长", "村党支部书记", "村委会主任", "种植大户", "养殖户", "个体工商户", "企业经理", "小学教师", "乡村医生", "农技员", "务工人员"];

    public static readonly string[] GroupNumbers = ["第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九"];
}
