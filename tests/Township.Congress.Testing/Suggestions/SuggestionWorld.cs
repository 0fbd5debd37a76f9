using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Testing.Suggestions;

/// <summary>
/// The small county plus what items need: six deputies in township one, categories, three
/// handling units (two with a login each), and logins for township one's secretary.
/// </summary>
public sealed class SuggestionWorld
{
    public required SmallCounty County { get; init; }
    public required TestDatabase Database { get; init; }
    public required FixedClock Clock { get; init; }
    public required List<Deputy> Deputies { get; init; }
    public required HandlingUnit Roads { get; init; }
    public required HandlingUnit Water { get; init; }
    public required HandlingUnit School { get; init; }
    public required SuggestionCategory RoadsCategory { get; init; }
    public required Guid SecretaryUserId { get; init; }
    public required Guid RoadsUserId { get; init; }
    public required Guid WaterUserId { get; init; }

    public TownshipScope Secretary => TownshipScope.Secretary("town01", SecretaryUserId, County.One.Id);
    public TownshipScope RoadsUnit => TownshipScope.HandlingUnit("unit01", RoadsUserId, County.County.Id, Roads.Id);
    public TownshipScope WaterUnit => TownshipScope.HandlingUnit("unit02", WaterUserId, County.County.Id, Water.Id);

    public CongressDbContext Context(TownshipScope scope) => Database.Context(scope, Clock);

    public SuggestionService Service(CongressDbContext db) => new(db, WorkCalendar.WeekendsOnly);

    public static async Task<SuggestionWorld> CreateAsync(TestDatabase database, DateOnly today)
    {
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.System();
        var term = db.Terms.First(t => t.TownshipId == county.One.Id);
        foreach (var name in new[] { "赵春生", "孙丽华", "周海波" })
        {
            db.Deputies.Add(new Deputy
            {
                TownshipId = county.One.Id, TermId = term.Id, Name = name, StatusSince = new DateOnly(2022, 1, 5),
            });
        }
        var roadsCategory = new SuggestionCategory { CountyId = county.County.Id, Name = "农村道路", SortOrder = 1 };
        db.AddRange(roadsCategory, new SuggestionCategory { CountyId = county.County.Id, Name = "教育", SortOrder = 2 });
        var roads = new HandlingUnit { CountyId = county.County.Id, TownshipId = county.One.Id, Name = "一号镇村镇建设办公室", Kind = HandlingUnitKind.TownshipOffice };
        var water = new HandlingUnit { CountyId = county.County.Id, Name = "县水利局", Kind = HandlingUnitKind.CountyDepartment };
        var school = new HandlingUnit { CountyId = county.County.Id, Name = "县教育局", Kind = HandlingUnitKind.CountyDepartment };
        db.AddRange(roads, water, school);
        var secretary = new AppUser { UserName = "town01", TownshipId = county.One.Id, CountyId = county.County.Id };
        var roadsUser = new AppUser { UserName = "unit01", HandlingUnitId = roads.Id, CountyId = county.County.Id };
        var waterUser = new AppUser { UserName = "unit02", HandlingUnitId = water.Id, CountyId = county.County.Id };
        db.Users.AddRange(secretary, roadsUser, waterUser);
        await db.SaveChangesAsync();
        var deputies = db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Name).ToList();
        return new SuggestionWorld
        {
            County = county, Database = database, Clock = new FixedClock(today), Deputies = deputies, Roads = roads, Water = water,
            School = school, RoadsCategory = roadsCategory, SecretaryUserId = secretary.Id, RoadsUserId = roadsUser.Id, WaterUserId = waterUser.Id,
        };
    }

    public SuggestionInput Input(string title = "关于修建新民村通组道路的建议", int coSigners = 2, SuggestionKind kind = SuggestionKind.Suggestion) => new()
    {
        Kind = kind,
        Title = title,
        Text = "新民村三组至五组道路坑洼不平，雨天群众出行困难，建议硬化道路1.2公里。",
        LeadDeputyId = Deputies[0].Id,
        CoSignerIds = Deputies.Skip(1).Take(coSigners).Select(d => d.Id).ToList(),
        CategoryId = RoadsCategory.Id,
        SubmittedOn = Clock.Today,
    };

    public async Task<Suggestion> CreateAsync(SuggestionInput? input = null)
    {
        await using var db = Context(Secretary);
        return await Service(db).CreateAsync(County.One.Id, input ?? Input());
    }

    public async Task<Suggestion> StepAsync(TownshipScope scope, Guid id, TransitionInput step)
    {
        await using var db = Context(scope);
        return await Service(db).TransitionAsync(id, step);
    }

    public Task<Suggestion> AssignAsync(Guid id, params HandlingUnit[] coUnits) =>
        StepAsync(Secretary, id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = Roads.Id, CoUnitIds = coUnits.Select(u => u.Id).ToList() });
}
