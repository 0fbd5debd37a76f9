using Township.Congress.Data;
using Township.Congress.Places;
using Township.Congress.Suggestions;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>The demo county's handling units: county departments (with logins unit01…) and each township's own.</summary>
internal static class DemoUnits
{
    /// <summary>In this order the logins unit01, unit02, … are created.</summary>
    public static readonly string[] CountyDepartments =
        ["县交通运输局", "县水利局", "县教育局", "县卫生健康局", "县民政局", "县住房和城乡建设局", "县农业农村局", "县公安局"];

    public static readonly string[] TownshipOffices = ["党政办公室", "农业农村办公室", "村镇建设办公室", "社会事务办公室"];

    /// <summary>For each category of <see cref="SuggestionCategory.Defaults"/>: the county department and the township unit that handle it.</summary>
    public static readonly (string County, string Township)[] ByCategory =
    [
        ("县交通运输局", "村镇建设办公室"), ("县水利局", "农业农村办公室"), ("县教育局", "社会事务办公室"),
        ("县卫生健康局", "社会事务办公室"), ("县民政局", "社会事务办公室"), ("县住房和城乡建设局", "村镇建设办公室"),
        ("县农业农村局", "农业农村办公室"), ("县公安局", "派出所"), ("县住房和城乡建设局", "村镇建设办公室"),
        ("县民政局", "党政办公室"),
    ];

    public static Dictionary<string, HandlingUnit> SeedCounty(CongressDbContext db, County county)
    {
        var units = CountyDepartments.Select((name, i) => new HandlingUnit
        {
            CountyId = county.Id, Name = name, Kind = HandlingUnitKind.CountyDepartment, SortOrder = i + 1,
            ContactPerson = "办公室", ContactPhone = $"0839-72{i + 1:D2}{i + 3:D3}",
        }).ToList();
        db.HandlingUnits.AddRange(units);
        db.SuggestionCategories.AddRange(SuggestionCategory.Defaults.Select((name, i) => new SuggestionCategory
        {
            CountyId = county.Id, Name = name, SortOrder = i + 1,
        }));
        return units.ToDictionary(u => u.Name);
    }

    /// <summary>A township's offices, its police station and its first two villages' committees, keyed by short name.</summary>
    public static Dictionary<string, HandlingUnit> SeedTownship(CongressDbContext db, County county, Township township, List<Village> villages)
    {
        var units = new Dictionary<string, HandlingUnit>();
        void Add(string key, string name, HandlingUnitKind kind) =>
            units[key] = new HandlingUnit { CountyId = county.Id, TownshipId = township.Id, Name = name, Kind = kind, SortOrder = units.Count + 1 };
        foreach (var office in TownshipOffices) Add(office, township.Name + office, HandlingUnitKind.TownshipOffice);
        Add("派出所", township.Name.Replace("回族乡", "").TrimEnd('乡', '镇') + "派出所", HandlingUnitKind.Station);
        foreach (var village in villages.Take(2)) Add(village.Name, $"{township.Name}{village.Name}村民委员会", HandlingUnitKind.VillageCommittee);
        db.HandlingUnits.AddRange(units.Values);
        return units;
    }
}
