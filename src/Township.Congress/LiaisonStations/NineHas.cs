using Township.Congress.Formatting;

namespace Township.Congress.LiaisonStations;

/// <summary>The "九有" checklist of a deputy home or liaison station (seed 000).</summary>
public enum NineHas
{
    /// <summary>有标牌</summary>
    Sign,
    /// <summary>有固定场所</summary>
    FixedVenue,
    /// <summary>有监督栏</summary>
    SupervisionBoard,
    /// <summary>有联系图</summary>
    ContactDiagram,
    /// <summary>有学习设备和资料</summary>
    StudyMaterials,
    /// <summary>有文体设备</summary>
    RecreationEquipment,
    /// <summary>有制度</summary>
    Rules,
    /// <summary>有工作计划</summary>
    WorkPlan,
    /// <summary>有工作记录</summary>
    WorkRecords,
}

/// <summary>The checklist names; read one with <see cref="Of"/>.</summary>
public static class NineHasLabels
{
    public static readonly EnumLabels<NineHas> Names = new(
        (NineHas.Sign, "有标牌"),
        (NineHas.FixedVenue, "有固定场所"),
        (NineHas.SupervisionBoard, "有监督栏"),
        (NineHas.ContactDiagram, "有联系图"),
        (NineHas.StudyMaterials, "有学习设备和资料"),
        (NineHas.RecreationEquipment, "有文体设备"),
        (NineHas.Rules, "有制度"),
        (NineHas.WorkPlan, "有工作计划"),
        (NineHas.WorkRecords, "有工作记录"));

    public static string Of(NineHas item) => Names.Of(item);
}
