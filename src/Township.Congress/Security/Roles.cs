namespace Township.Congress.Security;

public static class Roles
{
    /// <summary>系统管理员: users, townships, terms, reference lists; sees everything.</summary>
    public const string Administrator = "Administrator";

    /// <summary>县人大常委会: reads every township of the county, edits none of their records.</summary>
    public const string CountyViewer = "CountyViewer";

    /// <summary>乡镇人大秘书: reads and edits the own township.</summary>
    public const string TownshipSecretary = "TownshipSecretary";

    /// <summary>人大主席: reads the own township and browses its audit.</summary>
    public const string TownshipChair = "TownshipChair";

    /// <summary>承办单位: sees only the items assigned to its unit; posts returns, answers and co-unit opinions.</summary>
    public const string HandlingUnit = "HandlingUnit";

    public static readonly string[] All = [Administrator, CountyViewer, TownshipSecretary, TownshipChair, HandlingUnit];
}
