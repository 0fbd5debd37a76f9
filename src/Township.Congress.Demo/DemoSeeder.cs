using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.LiaisonStations;
using Township.Congress.Places;
using Township.Congress.Security;
using static Township.Congress.Demo.DemoNames;

namespace Township.Congress.Demo;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Seeds a realistic demo county into an empty database. Deterministic: the same seed gives
/// the same county, so screenshots, tests and benchmarks can rely on it.
/// </summary>
public static class DemoSeeder
{
    public const string DefaultPassword = "Demo@2026";
    public const int Seed = 20261126;

    public static async Task<bool> SeedAsync(CongressDbContext db, string password = DefaultPassword,
        int passwordIterations = 210_000, CancellationToken ct = default)
    {
        if (await db.Counties.IgnoreQueryFilters().AnyAsync(ct)) return false;
        var random = new Random(Seed);
        var today = new DateOnly(2026, 11, 26);

        var county = new County { Name = CountyName, Region = Region };
        db.Counties.Add(county);
        var countyUnits = DemoUnits.SeedCounty(db, county);
        var categories = db.SuggestionCategories.Local.OrderBy(c => c.SortOrder).ToList();
        var unitLogins = DemoUnits.CountyDepartments.Select((name, i) => (countyUnits[name].Id, Login: $"unit{i + 1:D2}"))
            .ToDictionary(x => x.Id, x => x.Login);
        var townships = new List<Township>();
        for (var i = 0; i < Townships.Length; i++)
        {
            var township = SeedTownship(db, random, county, i, today, new DemoSuggestionContext(categories, countyUnits, unitLogins));
            townships.Add(township);
        }
        SeedUsers(db, county, townships, countyUnits, password, passwordIterations);
        db.SuppressAudit = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.SuppressAudit = false;
        }
        return true;
    }

    private sealed record DemoSuggestionContext(List<Suggestions.SuggestionCategory> Categories,
        Dictionary<string, Suggestions.HandlingUnit> CountyUnits, Dictionary<Guid, string> UnitLogins);

    private static Township SeedTownship(CongressDbContext db, Random random, County county, int index, DateOnly today,
        DemoSuggestionContext suggestions)
    {
        var (name, kind) = Townships[index];
        var township = new Township
        {
            CountyId = county.Id, Name = name, Kind = kind, Number = index + 1,
            Population = random.Next(8_000, 45_000), AreaKm2 = Math.Round(60 + random.NextDouble() * 240, 1),
        };
        db.Townships.Add(township);

        var villageCount = random.Next(6, 13);
        var stems = VillageStems.OrderBy(_ => random.Next()).Take(villageCount).ToList();
        var villages = stems.Select((s, n) => new Village { TownshipId = township.Id, Name = s + "村", SortOrder = n + 1 }).ToList();
        villages.Add(new Village { TownshipId = township.Id, Name = name.Replace("回族乡", "").TrimEnd('乡', '镇') + "社区", SortOrder = villages.Count + 1 });
        db.Villages.AddRange(villages);

        var term = new Term { TownshipId = township.Id, Ordinal = 13, StartYear = 2021, EndYear = 2026, IsCurrent = true };
        db.Terms.Add(term);
        // Township congresses of the new term met at the end of 2021 to elect their offices.
        var elected = new DateOnly(2021, 12, 18).AddDays(random.Next(0, 12));

        var groups = Enumerable.Range(0, 9).Select(g => new DeputyGroup
        {
            TownshipId = township.Id, Name = $"{GroupNumbers[g]}代表小组", SortOrder = g + 1,
        }).ToList();
        db.DeputyGroups.AddRange(groups);

        var deputies = new List<Deputy>();
        var usedNames = new HashSet<string>();
        for (var n = 0; n < DeputyCounts[index]; n++)
        {
            var deputy = NewDeputy(random, township, term, villages, elected, usedNames, n);
            deputy.GroupId = groups[n % groups.Count].Id;
            deputies.Add(deputy);
        }
        foreach (var group in groups)
        {
            var members = deputies.Where(d => d.GroupId == group.Id).ToList();
            group.LeaderId = members[0].Id;
            group.DeputyLeaderId = members.Count > 1 ? members[1].Id : null;
        }
        var history = LeaveOffice(db, random, deputies, elected, today);
        db.Deputies.AddRange(deputies);
        var station = NewStation(random, township);
        db.LiaisonStations.Add(station);
        DemoSessions.Seed(db, random, township, term, deputies, history, elected, today);
        var townshipUnits = DemoUnits.SeedTownship(db, county, township, villages);
        new DemoSuggestions(db, random, township, villages, deputies, suggestions.Categories, suggestions.CountyUnits, townshipUnits,
            suggestions.UnitLogins, today).Seed(elected.Year + 1);
        DemoVoterContact.Seed(db, township, station, villages, deputies, groups, today, elected.Year + 1);
        DemoVoterReports.Seed(db, township, term, deputies, villages, today);
        DemoPetitions.Seed(db, township, deputies, [.. townshipUnits.Values, .. suggestions.CountyUnits.Values.Take(4)], today);
        DemoAppraisals.Seed(db, township, deputies, suggestions.CountyUnits, townshipUnits);
        DemoLivelihoodProjects.Seed(db, township, deputies, today);
        DemoActivities.Seed(db, township, groups, deputies, history, today);
        DemoDeputyRecords.Seed(db, township, deputies, today);
        DemoScorecards.Seed(db, township, today);
        return township;
    }

    private static Deputy NewDeputy(Random random, Township township, Term term, List<Village> villages,
        DateOnly elected, HashSet<string> usedNames, int n)
    {
        var gender = random.Next(100) < 32 ? Gender.Female : Gender.Male;
        string name;
        do
        {
            var given = gender == Gender.Female ? FemaleGiven : MaleGiven;
            name = Surnames[random.Next(Surnames.Length)] + given[random.Next(given.Length)];
        } while (!usedNames.Add(name));

        var birth = new DateOnly(1962, 1, 1).AddDays(random.Next(0, 365 * 38));
        var category = Pick(random, [(DeputyCategory.PartyGovernmentCadre, 14), (DeputyCategory.VillageCadre, 30), (DeputyCategory.Farmer, 24),
            (DeputyCategory.Worker, 6), (DeputyCategory.BusinessLeader, 9), (DeputyCategory.Professional, 6),
            (DeputyCategory.Teacher, 5), (DeputyCategory.MedicalWorker, 4), (DeputyCategory.Other, 2)]);
        var levels = DeputyLevels.Township;
        var roll = random.Next(100);
        if (roll < 12) levels |= DeputyLevels.County;
        if (roll < 2) levels |= DeputyLevels.City;
        var village = villages[random.Next(villages.Count)];
        var id17 = $"510822{birth:yyyyMMdd}{random.Next(0, 100):D2}{(gender == Gender.Male ? 2 * random.Next(5) + 1 : 2 * random.Next(5))}";
        var deputy = new Deputy
        {
            TownshipId = township.Id, TermId = term.Id, Name = name, NameInitials = Formatting.PinyinInitials.Of(name), Gender = gender,
            Ethnicity = Pick(random, Ethnicities), BirthDate = birth, IdCardNumber = id17 + IdCard.CheckDigit(id17),
            Affiliation = Pick(random, Affiliations), Education = Pick(random, Educations),
            Occupation = Occupations[random.Next(Occupations.Length)], Category = category, Levels = levels,
            VillageId = category == DeputyCategory.PartyGovernmentCadre ? null : village.Id,
            WorkUnit = category == DeputyCategory.PartyGovernmentCadre ? $"{township.Name}人民政府" : null,
            Constituency = $"第{Formatting.ChineseNumerals.Format(n % 12 + 1)}选区",
            Phone = $"1{"3578"[random.Next(4)]}{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000)}",
            Status = DeputyStatus.InOffice, StatusSince = elected, TookOfficeOn = elected,
        };
        return deputy;
    }

    private static List<DeputyStatusChange> LeaveOffice(CongressDbContext db, Random random, List<Deputy> deputies, DateOnly elected, DateOnly today)
    {
        // A few deputies leave during a term; their history is what the roster must keep.
        var reasons = new Dictionary<DeputyStatus, string>
        {
            [DeputyStatus.Resigned] = "因工作调动本人申请辞去代表职务",
            [DeputyStatus.TransferredOut] = "调离本行政区域",
            [DeputyStatus.Deceased] = "因病去世",
        };
        var history = new List<DeputyStatusChange>();
        foreach (var deputy in deputies.Where(_ => random.Next(100) < 3).ToList())
        {
            var status = reasons.Keys.ElementAt(random.Next(reasons.Count));
            var on = elected.AddDays(random.Next(100, today.DayNumber - elected.DayNumber));
            var change = new DeputyStatusChange
            {
                TownshipId = deputy.TownshipId, DeputyId = deputy.Id, From = DeputyStatus.InOffice, To = status,
                EffectiveOn = on, Reason = reasons[status], RecordedAtUtc = on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
                RecordedBy = "demo",
            };
            db.DeputyStatusChanges.Add(change);
            history.Add(change);
            deputy.Status = status;
            deputy.StatusSince = on;
        }
        return history;
    }

    private static LiaisonStation NewStation(Random random, Township township)
    {
        var station = new LiaisonStation
        {
            TownshipId = township.Id, Name = $"{township.Name}人大代表之家", IsDeputyHome = true,
            Venue = $"{township.Name}人民政府二楼", OpeningHours = "每月10日、25日 9:00—12:00",
            DutyRoster = "每月由一个代表小组轮流值班，组长负责接待记录。",
        };
        foreach (var item in Enum.GetValues<NineHas>())
        {
            var met = random.Next(100) < 80;
            station.Checklist.Add(new ChecklistItem
            {
                TownshipId = township.Id, StationId = station.Id, Item = item, Met = met, Note = met ? "" : "正在完善",
            });
        }
        return station;
    }

    private static void SeedUsers(CongressDbContext db, County county, List<Township> townships,
        Dictionary<string, Suggestions.HandlingUnit> countyUnits, string password, int iterations)
    {
        var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole<Guid>(r) { Id = Guid.CreateVersion7(), NormalizedName = r.ToUpperInvariant() });
        db.Roles.AddRange(roles.Values);
        // One hash for all demo users: PBKDF2 at 210,000 rounds costs ~0.1 s a hash.
        var hasher = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));
        var hash = hasher.HashPassword(new AppUser(), password);

        void Add(string userName, string displayName, string role, Guid? townshipId, Guid? unitId = null)
        {
            var user = new AppUser
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName,
                CountyId = county.Id, TownshipId = townshipId, HandlingUnitId = unitId, PasswordHash = hash, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role].Id });
        }

        Add("admin", "系统管理员", Roles.Administrator, null);
        Add("county", $"{county.Name}人大常委会代表工作委员会", Roles.CountyViewer, null);
        foreach (var t in townships)
        {
            Add($"town{t.Number:D2}", $"{t.Name}人大秘书", Roles.TownshipSecretary, t.Id);
            Add($"chair{t.Number:D2}", $"{t.Name}人大主席", Roles.TownshipChair, t.Id);
        }
        // Handling-unit logins for the county departments, in DemoUnits.CountyDepartments order.
        for (var i = 0; i < DemoUnits.CountyDepartments.Length; i++)
        {
            var unit = countyUnits[DemoUnits.CountyDepartments[i]];
            Add($"unit{i + 1:D2}", unit.Name, Roles.HandlingUnit, null, unit.Id);
        }
    }

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }
}
