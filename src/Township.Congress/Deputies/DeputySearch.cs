namespace Township.Congress.Deputies;

public enum DeputySort
{
    Name,
    Group,
    Category,
    Status,
    BirthDate,

    /// <summary>姓氏笔画: strokes of the surname, then of the given name.</summary>
    Strokes,
}

/// <summary>Roster search: the filters a secretary combines on the roster page and the API.</summary>
public sealed record DeputySearch
{
    public Guid? TownshipId { get; init; }

    /// <summary>Part of the name, its pinyin initials (zs) or full pinyin (zhangsan), or part of the phone number.</summary>
    public string? Query { get; init; }
    public Guid? GroupId { get; init; }
    public DeputyLevels? Level { get; init; }
    public DeputyCategory? Category { get; init; }
    public DeputyStatus? Status { get; init; }
    public Guid? VillageId { get; init; }
    public DeputySort Sort { get; init; } = DeputySort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>One row of the roster list.</summary>
public sealed record DeputyListItem(
    Guid Id, Guid TownshipId, string Name, Gender Gender, string Ethnicity, DateOnly? BirthDate,
    string Affiliation, string Education, DeputyCategory Category, DeputyLevels Levels, string? Village,
    string? Group, string Phone, DeputyStatus Status, DateOnly StatusSince, long Version);
