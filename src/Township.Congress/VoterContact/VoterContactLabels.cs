using Township.Congress.Formatting;

namespace Township.Congress.VoterContact;

public static class VoterContactLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<ReceptionDisposition> Dispositions = new(
        (ReceptionDisposition.AnsweredOnSpot, "当场答复"),
        (ReceptionDisposition.ReferredToVillage, "转村（社区）办理"),
        (ReceptionDisposition.ReferredToPresidium, "转主席团办理"),
        (ReceptionDisposition.MadeSuggestion, "转为建议"));

    /// <summary>The suggestion's stated source: "代表接待日：城关镇代表之家 2026年3月10日".</summary>
    public static string SourceNote(string station, DateOnly day) => $"代表接待日：{station} {ChineseDate.Format(day)}";
    #endregion

    public static string Of(ReceptionDisposition d) => Dispositions.Of(d);
}
