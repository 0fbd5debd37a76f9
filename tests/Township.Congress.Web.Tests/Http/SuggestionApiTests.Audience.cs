using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Who sees what: a handling unit's own items, a user's own notices.</summary>
public partial class SuggestionApiTests
{
    [Fact]
    public async Task AHandlingUnitSeesOnlyItsItemsAndNoTownship()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var client = await app.LoginAsync(SuggestionSeed.RoadsLogin);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(seed.RoadsUnit, me.GetProperty("handlingUnitId").GetGuid());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/suggestions?pageSize=500");
        await using (var db = app.SystemContext())
        {
            var mine = await db.SuggestionAssignments.Where(a => a.UnitId == seed.RoadsUnit && a.EndedOn == null).Select(a => a.SuggestionId).Distinct().ToListAsync();
            Assert.Equal(mine.Order(), list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
            Assert.Equal(mine.Count, list.GetProperty("total").GetInt32());
        }
        Assert.Contains(seed.RoadsItemOfOne, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions/{seed.RoadsItemOfOne}");
        Assert.Equal("LeadUnit", own.GetProperty("actor").GetString());
        Assert.Contains("start", own.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.All(own.GetProperty("signers").EnumerateArray(), s => Assert.False(s.TryGetProperty("phone", out _)));

        foreach (var url in new[]
        {
            $"/api/v1/suggestions/{seed.WaterItemOfOne}", $"/api/v1/suggestions/{seed.UnassignedOfOne}", $"/api/v1/suggestions/{seed.ItemOfTwo}",
            $"/api/v1/suggestions?townshipId={seed.One}", $"/api/v1/townships/{seed.One}/suggestion-figures",
            $"/api/v1/townships/{seed.One}/suggestion-ledger.xlsx", $"/api/v1/deputies?townshipId={seed.One}", $"/api/v1/townships/{seed.One}",
        })
        {
            Assert.Equal((url, HttpStatusCode.NotFound), (url, (await client.GetAsync(url)).StatusCode));
        }
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/deputies")).GetProperty("total").GetInt32());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/townships")).EnumerateArray());

        // Its step on its own item goes through; the registry of units it can read.
        var units = await client.GetFromJsonAsync<JsonElement>("/api/v1/handling-units");
        Assert.Contains("接口测试水利局", units.EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        Assert.All(units.EnumerateArray(), u => Assert.DoesNotContain("13700001111", u.GetProperty("contactPhone").GetString()));
        Assert.Contains("接口测试分类", (await client.GetFromJsonAsync<JsonElement>("/api/v1/suggestion-categories")).EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task NoticesAreTheUsersOwnAndCanBeMarkedRead()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var client = await app.LoginAsync(SuggestionSeed.WaterLogin);

        var notices = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var unread = notices.GetProperty("unread").GetInt32();
        Assert.True(unread >= 2, $"water bureau should have been told of its two assignments, had {unread}");
        Assert.All(notices.GetProperty("items").EnumerateArray(), n => Assert.Equal("Assigned", n.GetProperty("kind").GetString()));
        var first = notices.GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(unread - 1, (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("unread").GetInt32());
        // Someone else's notice is not there for this user.
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/notifications/{seed.NoticeOfTown02}/read", null)).StatusCode);

        var all = await client.PostAsync("/api/v1/notifications/read-all", null);
        Assert.Equal(unread - 1, (await Json(all)).GetProperty("marked").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("unread").GetInt32());
        await using var db = app.SystemContext();
        Assert.Null((await db.Notifications.SingleAsync(n => n.Id == seed.NoticeOfTown02)).ReadAtUtc);

        // The admin, who reads everything, still lists and marks only their own notices.
        var admin = await app.LoginAsync("admin");
        var adminNotices = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications?take=100");
        var adminId = (await db.Users.SingleAsync(u => u.UserName == "admin")).Id;
        Assert.Equal(await db.Notifications.CountAsync(n => n.UserId == adminId && n.ReadAtUtc == null), adminNotices.GetProperty("unread").GetInt32());
        Assert.DoesNotContain(seed.NoticeOfTown02, adminNotices.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/notifications/{seed.NoticeOfTown02}/read", null)).StatusCode);
    }
}
