using Township.Congress.Reports.Documents.Activities;
using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Tests;

/// <summary>A law-enforcement check as a township records it: six deputies present, findings, an opinion, rectification items.</summary>
internal static class ActivitySampleData
{
    public static ActivityReportModel Inspection() => new(
        "关于《中华人民共和国森林法》贯彻实施情况的执法检查报告", "城关镇人大主席团", "2026年6月18日至2026年6月19日",
        ["新民村", "红旗村林场"], ["县林业局城关林业站", "城关镇农业农村办公室"], ["红旗村退耕还林项目"], "《中华人民共和国森林法》（第二十条、第三十九条）",
        ["张建国", "李秀英", "王德明", "欧阳春花", "赵小军", "孙丽"],
        ["部分林地防火通道年久失修，雨季无法通行。", "护林员队伍年龄偏大，巡护记录不完整，个别村未落实网格化管护责任。"],
        ["建议镇政府统筹资金，在今年冬季防火期前修复防火通道，并建立护林员年度培训制度。（2026年6月25日送城关镇人民政府）"],
        [
            new("修复新民村至红旗村林场防火通道3.2公里", "城关镇农业农村办公室", "2026年10月31日", "整改中"),
            new("完善护林员巡护记录并每季度报送", "县林业局城关林业站", "2026年9月30日", "已完成"),
        ],
        new DocumentSignature("城关镇人大主席团", "2026年6月19日"));
}
