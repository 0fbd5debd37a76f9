using Township.Congress.Formatting;
using Township.Congress.Model;

namespace Township.Congress.Deputies;

/// <summary>人大代表 — one person on a township's roster. Never deleted: leaving office is a status.</summary>
public class Deputy : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid TermId { get; set; }
    private string _name = "";

    /// <summary>Setting the name sets its search and sort keys; loading from the database sets the field only.</summary>
    public required string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameInitials = PinyinInitials.Of(value);
            NamePinyin = NameCollation.FullPinyin(value);
            NameSortKey = NameCollation.PinyinKey(value);
            NameStrokeKey = SurnameStrokeOrder.Key(value);
        }
    }

    /// <summary>Pinyin initials of <see cref="Name"/>, kept for search (张三 → zs).</summary>
    [Derived]
    public string NameInitials { get; set; } = "";

    /// <summary>Full pinyin of <see cref="Name"/> for search (张三 → zhangsan).</summary>
    [Derived]
    public string NamePinyin { get; set; } = "";

    /// <summary>Orders names by full pinyin, character by character (<see cref="NameCollation"/>).</summary>
    [Derived]
    public string NameSortKey { get; set; } = "";

    /// <summary>Orders names by 姓氏笔画 (<see cref="SurnameStrokeOrder"/>).</summary>
    [Derived]
    public string NameStrokeKey { get; set; } = "";
    public Gender Gender { get; set; }

    /// <summary>民族, e.g. 汉族, 维吾尔族, 回族.</summary>
    public string Ethnicity { get; set; } = "汉族"; // Chinese by design: a stored default value
    public DateOnly? BirthDate { get; set; }

    /// <summary>公民身份号码: the stable key re-imports match on when present.</summary>
    public string? IdCardNumber { get; set; }

    /// <summary>政治面貌: 中共党员, 共青团员, 民主党派, 群众…</summary>
    public string Affiliation { get; set; } = "群众"; // Chinese by design: a stored default value

    /// <summary>文化程度: 研究生, 大学, 大专, 中专, 高中, 初中, 小学.</summary>
    public string Education { get; set; } = "";
    public string Occupation { get; set; } = "";
    public DeputyCategory Category { get; set; }
    public DeputyLevels Levels { get; set; } = DeputyLevels.Township;
    public Guid? VillageId { get; set; }

    /// <summary>Work unit (单位) for deputies not tied to a village.</summary>
    public string? WorkUnit { get; set; }

    /// <summary>选区.</summary>
    public string Constituency { get; set; } = "";

    /// <summary>Personal data: shown masked to anyone who is not a secretary or administrator.</summary>
    public string? Phone { get; set; }
    public DeputyStatus Status { get; set; } = DeputyStatus.InOffice;

    /// <summary>The day the deputy first took office (elected or by-elected); null when unknown.</summary>
    public DateOnly? TookOfficeOn { get; set; }

    /// <summary>Since when the current status holds (the election date for 在任).</summary>
    public DateOnly StatusSince { get; set; }
    public Guid? GroupId { get; set; }
    public DeputyGroup? Group { get; set; }
    public List<DeputyStatusChange> StatusHistory { get; set; } = [];
}
