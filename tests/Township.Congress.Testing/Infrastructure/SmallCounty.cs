using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Places;
using Township.Congress.Security;

namespace Township.Congress.Testing.Infrastructure;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>A two-township county with a few deputies each: the data most tests start from.</summary>
public sealed class SmallCounty
{
    public required County County { get; init; }
    public required Township One { get; init; }
    public required Township Two { get; init; }
    public required Deputy DeputyOfOne { get; init; }
    public required Deputy DeputyOfTwo { get; init; }
    public required DeputyGroup GroupOfOne { get; init; }
    public required Village VillageOfOne { get; init; }

    public TownshipScope SecretaryOfOne => TownshipScope.Secretary("town01", Guid.NewGuid(), One.Id);
    public TownshipScope SecretaryOfTwo => TownshipScope.Secretary("town02", Guid.NewGuid(), Two.Id);
    public TownshipScope ChairOfOne => TownshipScope.Chair("chair01", Guid.NewGuid(), One.Id);
    public TownshipScope CountyViewer => TownshipScope.CountyViewer("county", Guid.NewGuid(), [One.Id, Two.Id]);

    public static async Task<SmallCounty> SeedAsync(TestDatabase database)
    {
        await using var db = database.System();
        var county = new County { Name = "测试县" };
        var one = new Township { CountyId = county.Id, Name = "一号镇", Number = 1, Kind = TownshipKind.Zhen };
        var two = new Township { CountyId = county.Id, Name = "二号乡", Number = 2, Kind = TownshipKind.Xiang };
        db.AddRange(county, one, two);
        var villageOne = new Village { TownshipId = one.Id, Name = "新民村" };
        db.Villages.AddRange(villageOne, new Village { TownshipId = two.Id, Name = "红星村" });
        var termOne = new Term { TownshipId = one.Id, Ordinal = 13, StartYear = 2021, EndYear = 2026, IsCurrent = true };
        var termTwo = new Term { TownshipId = two.Id, Ordinal = 13, StartYear = 2021, EndYear = 2026, IsCurrent = true };
        db.Terms.AddRange(termOne, termTwo);
        var groupOne = new DeputyGroup { TownshipId = one.Id, Name = "第一代表小组", SortOrder = 1 };
        db.DeputyGroups.AddRange(groupOne, new DeputyGroup { TownshipId = two.Id, Name = "第一代表小组", SortOrder = 1 });
        var names = new[] { "张建国", "李秀英", "王德明" };
        Deputy? firstOne = null, firstTwo = null;
        foreach (var (township, term) in new[] { (one, termOne), (two, termTwo) })
        {
            foreach (var name in names)
            {
                var d = new Deputy
                {
                    TownshipId = township.Id, TermId = term.Id, Name = name, NameInitials = PinyinInitials.Of(name),
                    Phone = "13812345678", StatusSince = new DateOnly(2022, 1, 5),
                    GroupId = township == one ? groupOne.Id : null,
                };
                db.Deputies.Add(d);
                if (township == one) firstOne ??= d; else firstTwo ??= d;
            }
        }
        await db.SaveChangesAsync();
        return new SmallCounty
        {
            County = county, One = one, Two = two, DeputyOfOne = firstOne!, DeputyOfTwo = firstTwo!, GroupOfOne = groupOne,
            VillageOfOne = villageOne,
        };
    }
}
