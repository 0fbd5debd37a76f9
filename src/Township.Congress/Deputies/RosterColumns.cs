namespace Township.Congress.Deputies;

/// <summary>Column headers of the roster spreadsheet: export, template and import share them.</summary>
public static class RosterColumns
{
    public const string Name = "姓名";
    public const string Gender = "性别";
    public const string Ethnicity = "民族";
    public const string BirthDate = "出生日期";
    public const string IdCard = "公民身份号码";
    public const string Affiliation = "政治面貌";
    public const string Education = "文化程度";
    public const string Occupation = "职业";
    public const string Category = "代表结构";
    public const string Levels = "代表层级";
    public const string Village = "村（社区）";
    public const string WorkUnit = "工作单位";
    public const string Constituency = "选区";
    public const string Phone = "联系电话";
    public const string Group = "代表小组";
    public const string Status = "状态";

    /// <summary>
    /// The record and its version when the export was made ("id/version"): a hidden last column, so
    /// a re-import finds the record even after a name was corrected, and refuses rows whose deputy
    /// changed since (an older file would otherwise undo newer edits).
    /// </summary>
    public const string RowKey = "记录标识（请勿修改）";

    /// <summary>Marks the template's example row; a row whose name carries it is never imported.</summary>
    public const string ExampleMark = "（示例）";

    public static readonly string[] Importable =
        [Name, Gender, Ethnicity, BirthDate, IdCard, Affiliation, Education, Occupation, Category, Levels, Village, WorkUnit, Constituency, Phone, Group];
}
