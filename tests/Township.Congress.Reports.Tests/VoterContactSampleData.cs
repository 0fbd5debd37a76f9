using Township.Congress.Reports.Documents.VoterContact;

namespace Township.Congress.Reports.Tests;

internal static class VoterContactSampleData
{
    public static ReceptionNoticeModel Notice() => new(
        "城关镇", "城关镇人大代表之家", "2026年3月10日（星期二）", "9:00—12:00", "城关镇人民政府二楼代表之家接待室",
        ["张建国", "李秀英", "欧阳明远", "王德明", "赵丽"], "城关镇人民代表大会主席团", new DateOnly(2026, 3, 5), "2026年3月5日");
}
