using Township.Congress.Model;

namespace Township.Congress.Suggestions;

/// <summary>
/// 承办单位: an office, station, village committee or county department that handles items.
/// The registry is per county; a unit may serve several townships (a county department, a
/// 站所 covering two townships), so it is not owned by one.
/// </summary>
public class HandlingUnit : EditableEntity
{
    public Guid CountyId { get; set; }

    /// <summary>The township the unit belongs to, if any (township offices, village committees); null for county departments.</summary>
    public Guid? TownshipId { get; set; }
    public string Name { get; set; } = "";
    public HandlingUnitKind Kind { get; set; }
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
}

/// <summary>One entry of the county's configurable category list (农村道路, 教育…).</summary>
public class SuggestionCategory : EditableEntity
{
    public Guid CountyId { get; set; }
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The categories of domain.md, seeded for every county.</summary>
    public static readonly string[] Defaults =
        ["农村道路", "农田水利", "教育", "医疗卫生", "社会保障", "环境卫生", "产业发展", "社会治安", "城乡建设", "其他"]; // Chinese by design: the default categories, stored data
}
