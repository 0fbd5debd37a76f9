using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Tests.Http;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// Items and handling units in the demo county for the HTTP tests, made once per app: in township 1
/// one item assigned to the roads office, one to the water bureau and one not assigned; in township 2
/// one assigned to the water bureau; logins for the roads office and the water bureau; and a notice
/// for town02. Names are the tests' own, so the demo data's units and items do not matter.
/// </summary>
public sealed record SuggestionSeed(
    Guid One, Guid Two, Guid CountyId, Guid RoadsUnit, Guid WaterUnit, Guid Category,
    Guid RoadsItemOfOne, Guid WaterItemOfOne, Guid UnassignedOfOne, Guid ItemOfTwo, Guid NoticeOfTown02)
{
    public const string RoadsLogin = "apiunit-roads";
    public const string WaterLogin = "apiunit-water";

    private static readonly ConditionalWeakTable<CongressAppFactory, Task<SuggestionSeed>> Seeds = new();
    private static readonly Lock Gate = new();

    public static Task<SuggestionSeed> EnsureAsync(CongressAppFactory app)
    {
        lock (Gate) return Seeds.GetValue(app, CreateAsync);
    }

    private static async Task<SuggestionSeed> CreateAsync(CongressAppFactory app)
    {
        await using var db = app.SystemContext();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var two = await db.Townships.SingleAsync(t => t.Number == 2);
        var category = new SuggestionCategory { CountyId = one.CountyId, Name = "接口测试分类", SortOrder = 99 };
        var roads = new HandlingUnit
        {
            CountyId = one.CountyId, TownshipId = one.Id, Name = "接口测试村镇建设办", Kind = HandlingUnitKind.TownshipOffice,
            ContactPerson = "刘主任", ContactPhone = "13700001111",
        };
        var water = new HandlingUnit { CountyId = one.CountyId, Name = "接口测试水利局", Kind = HandlingUnitKind.CountyDepartment };
        db.AddRange(category, roads, water);
        var role = await db.Roles.SingleAsync(r => r.NormalizedName == Roles.HandlingUnit.ToUpperInvariant());
        var hasher = new PasswordHasher<AppUser>();
        foreach (var (login, unit) in new[] { (RoadsLogin, roads), (WaterLogin, water) })
        {
            var user = new AppUser
            {
                UserName = login, NormalizedUserName = login.ToUpperInvariant(), DisplayName = unit.Name, CountyId = one.CountyId,
                HandlingUnitId = unit.Id, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            user.PasswordHash = hasher.HashPassword(user, DemoSeeder.DefaultPassword);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        }
        await db.SaveChangesAsync();

        async Task<Guid> Item(Township township, string title, HandlingUnit? unit)
        {
            var lead = await db.Deputies.Where(d => d.TownshipId == township.Id && d.Status == DeputyStatus.InOffice).OrderBy(d => d.Id).FirstAsync();
            var service = new SuggestionService(db, WorkCalendar.WeekendsOnly);
            var item = await service.CreateAsync(township.Id, new SuggestionInput
            {
                Title = title, Text = $"{title}：群众反映强烈，请研究解决。", LeadDeputyId = lead.Id, CategoryId = category.Id,
            });
            if (unit is not null)
                await service.TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = unit.Id });
            return item.Id;
        }
        var roadsItem = await Item(one, "接口测试：关于修建通组道路的建议", roads);
        var waterItem = await Item(one, "接口测试：关于维修提灌站的建议", water);
        var unassigned = await Item(one, "接口测试：关于增设路灯的建议", null);
        var itemOfTwo = await Item(two, "接口测试：关于疏浚河道的建议", water);

        var town02 = await db.Users.SingleAsync(u => u.UserName == "town02");
        var notice = new Notification
        {
            UserId = town02.Id, SuggestionId = itemOfTwo, Kind = NotificationKind.Answered, Text = "接口测试通知", CreatedAtUtc = DateTime.UtcNow,
        };
        db.Notifications.Add(notice);
        await db.SaveChangesAsync();
        return new SuggestionSeed(one.Id, two.Id, one.CountyId, roads.Id, water.Id, category.Id, roadsItem, waterItem, unassigned, itemOfTwo, notice.Id);
    }
}
